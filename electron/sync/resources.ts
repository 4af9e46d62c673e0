/**
 * The cached resources: table, columns and how a scope maps to rows. Shared by the pullers
 * (main thread: record → row values in column order) and the ingest operation (writer
 * worker: upsert + reconcile), so both always agree on column order.
 */
export const RESOURCES = {
  customers: {
    table: 'customers',
    key: ['customer_id'],
    columns: [
      'customer_id',
      'account_name',
      'name',
      'associated_on',
      'association_type',
      'label',
      'telephone',
      'verified_status',
      'country_code',
      'customer_type',
      'is_frozen',
      'account_manager',
      'xaccount_id',
      'xaccount_type',
      'customer_level',
      'email',
      'synced_at',
    ],
    /** One scope: the whole list. */
    scopeWhere: (_scope: string) => ({ sql: '1', params: [] as unknown[] }),
  },
  orders: {
    table: 'orders',
    key: ['order_id'],
    columns: [
      'order_id',
      'customer_id',
      'service_type_code',
      'service_type_name',
      'source_type',
      'status',
      'order_type',
      'amount_after_discount',
      'official_amount',
      'measure_id',
      'create_time',
      'payment_time',
      'currency',
      'contract_id',
      'amount_info',
      'enterprise_projects',
      'sub_order_infos',
      'synced_at',
    ],
    /** Scope `from|to`: a create-time window of at most a year; `id:<order_id>` a single order. */
    scopeWhere: (scope: string) => {
      if (scope.startsWith('id:')) return { sql: 'order_id = ?', params: [scope.slice(3)] };
      const [from, to] = scope.split('|');
      return { sql: 'create_time >= ? AND create_time < ?', params: [from, to] };
    },
  },
  refund_infos: {
    table: 'refund_infos',
    key: ['id'],
    columns: [
      'id',
      'order_id',
      'amount',
      'measure_id',
      'customer_id',
      'resource_type_code',
      'service_type_code',
      'resource_type_name',
      'service_type_name',
      'region_code',
      'base_order_id',
    ],
    /** Scope: the refund order's id. */
    scopeWhere: (scope: string) => ({ sql: 'order_id = ?', params: [scope] }),
  },
  bill_sums: {
    table: 'bill_sums',
    key: ['bill_cycle', 'charge_mode', 'row_key'],
    columns: [
      'bill_cycle',
      'charge_mode',
      'row_key',
      'customer_id',
      'cloud_service_type',
      'cloud_service_type_name',
      'bill_type',
      'amount',
      'debt_amount',
      'adjustment_amount',
      'discount_amount',
      'measure_id',
      'account_details',
      'resource_type_code',
      'resource_type_name',
    ],
    /** Scope `cycle|charge_mode`. */
    scopeWhere: (scope: string) => {
      const [cycle, mode] = scope.split('|');
      return { sql: 'bill_cycle = ? AND charge_mode = ?', params: [cycle, mode] };
    },
  },
  cycle_customers: {
    table: 'cycle_customers',
    key: ['bill_cycle', 'customer_id'],
    columns: ['bill_cycle', 'customer_id'],
    /** Scope: a bill cycle. */
    scopeWhere: (scope: string) => ({ sql: 'bill_cycle = ?', params: [scope] }),
  },
  fee_records: {
    table: 'fee_records',
    /** Unique within its scope (migration 9: a page of one scope lands on a leaf or two of the key). */
    key: ['bill_cycle', 'customer_id', 'id'],
    columns: [
      'id',
      'bill_cycle',
      'customer_id',
      'association_type',
      'service_type_code',
      'resource_type_code',
      'service_type_name',
      'resource_type_name',
      'charging_mode',
      'trade_time',
      'trade_id',
      'bill_detail_type',
      'resource_id',
      'resource_name',
      'product_spec_desc',
      'region_code',
      'region_name',
      'product_id',
      'product_name',
      'resource_tag',
      'consume_time',
      'usage_type',
      'usage_amount',
      'usage_measure_id',
      'official_amount',
      'official_discount_amount',
      'payment_amount',
      'cash_amount',
      'credit_amount',
      'coupon_amount',
      'flexipurchase_coupon_amount',
      'stored_value_card_amount',
      'debt_amount',
      'writeoff_amount',
      'period_type',
      'account_manager_id',
      'partner_id',
    ],
    /** Scope `cycle|customer_id`; `cycle|*` covers the whole cycle (customers without spend any more). */
    scopeWhere: (scope: string) => {
      const [cycle, customer] = scope.split('|');
      if (customer === '*') {
        return {
          sql: 'bill_cycle = ? AND customer_id NOT IN (SELECT customer_id FROM cycle_customers WHERE bill_cycle = ?)',
          params: [cycle, cycle],
        };
      }
      return { sql: 'bill_cycle = ? AND customer_id = ?', params: [cycle, customer] };
    },
  },
} as const;

export type ResourceName = keyof typeof RESOURCES;
export const RESOURCE_NAMES = Object.keys(RESOURCES) as ResourceName[];
/** Resources shown to the user (cycle_customers is bookkeeping for fee records). */
export const VISIBLE_RESOURCES = [
  'customers',
  'orders',
  'refund_infos',
  'bill_sums',
  'fee_records',
] as const satisfies readonly ResourceName[];
