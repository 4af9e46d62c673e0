/**
 * Record shapes exactly as the sandbox serves them (field names and order from
 * reference/bss-api.md). Money fields are decimal strings here; the JSON writer puts them
 * on the wire as raw JSON numbers.
 */
export interface AccountManager {
  account_name?: string;
}

/** §1 CustomerInformation */
export interface CustomerInformation {
  customer?: string;
  account_name: string;
  customer_id: string;
  associated_on?: string;
  association_type?: string;
  label?: string;
  telephone?: string;
  verified_status?: string;
  country_code?: string;
  customer_type?: number;
  is_frozen?: number;
  account_managers?: AccountManager[];
  xaccount_id?: string;
  xaccount_type?: string;
  customer_level?: string;
  email?: string;
}

export interface DiscountItemV2 {
  discount_type?: string;
  discount_amount?: string;
}

export interface AmountInfomationV2 {
  discounts?: DiscountItemV2[];
  flexipurchase_coupon_amount?: string;
  coupon_amount?: string;
  stored_card_amount?: string;
  commission_amount?: string;
  consumed_amount?: string;
}

export interface EnterpriseProject {
  id?: string;
  name?: string;
}

interface OrderCommon {
  order_id?: string;
  customer_id?: string;
  service_type_code?: string;
  service_type_name?: string;
  source_type?: number;
  status?: number;
  order_type?: number;
  amount_after_discount?: string;
  official_amount?: string;
  measure_id?: number;
  create_time?: string;
  payment_time?: string;
  currency?: string;
  contract_id?: string;
  amount_info?: AmountInfomationV2;
}

/** §2 CustomerOrderV2 (list form) */
export interface CustomerOrderV2 extends OrderCommon {
  enterprise_projects?: EnterpriseProject[];
}

/** §3 CustomerOrderV3 (detail form) */
export interface CustomerOrderV3 extends OrderCommon {
  user_name?: string;
  pending_payment_end_time?: string;
}

/** §3 OrderLineItemEntityV2 */
export interface OrderLineItemEntityV2 {
  order_line_item_id?: string;
  service_type_code?: string;
  service_type_name?: string;
  product_id?: string;
  product_spec_desc?: string;
  period_type?: number;
  period_num?: number;
  effective_time?: string;
  expire_time?: string;
  subscription_num?: number;
  amount_after_discount?: string;
  official_amount?: string;
  amount_info?: AmountInfomationV2;
  currency?: string;
  category_code?: string;
  product_owner_service?: string;
  commercial_resource?: string;
  order_id?: string;
}

/** §3 response body */
export interface OrderDetails {
  total_count: number;
  order_info: CustomerOrderV3;
  order_line_items: OrderLineItemEntityV2[];
}

/** §4 OrderRefundInfoV2 */
export interface OrderRefundInfoV2 {
  id: string;
  amount: string;
  measure_id: string;
  customer_id: string;
  resource_type_code: string;
  service_type_code: string;
  resource_type_name?: string;
  service_type_name?: string;
  region_code: string;
  base_order_id?: string;
}

/** §5 BalanceTypeDeductSumV2 */
export interface BalanceTypeDeductSumV2 {
  balance_type?: string;
  amount?: string;
  bill_type?: string;
}

/** §5 BillSumInfoV2 */
export interface BillSumInfoV2 {
  customer_id?: string;
  cloud_service_type?: string;
  cloud_service_type_name?: string;
  bill_type?: string;
  charge_mode?: string;
  amount?: string;
  debt_amount?: string;
  adjustment_amount?: string;
  discount_amount?: string;
  measure_id?: number;
  account_details?: BalanceTypeDeductSumV2[];
  resource_type_code?: string;
  resource_type_name?: string;
}

/** §6 SubCustomerMonthlyBillDetail */
export interface SubCustomerMonthlyBillDetail {
  bill_cycle?: string;
  customer_id?: string;
  association_type?: string;
  service_type_code?: string;
  resource_type_code?: string;
  service_type_name?: string;
  resource_type_name?: string;
  charging_mode?: number;
  trade_time?: string;
  trade_id?: string;
  id?: string;
  bill_detail_type?: number;
  resource_id?: string;
  resource_name?: string;
  product_spec_desc?: string;
  region_code?: string;
  product_id?: string;
  product_name?: string;
  resource_tag?: string;
  consume_time?: string;
  usage_type?: string;
  usage_amount?: string;
  usage_measure_id?: number;
  free_resource_usage?: string;
  free_resource_measure_id?: number;
  ri_usage?: string;
  ri_usage_measure_id?: number;
  official_amount?: string;
  official_discount_amount?: string;
  payment_amount?: string;
  cash_amount?: string;
  credit_amount?: string;
  coupon_amount?: string;
  flexipurchase_coupon_amount?: string;
  stored_value_card_amount?: string;
  debt_amount?: string;
  writeoff_amount?: string;
  period_type?: number;
  account_manager_id?: string;
  partner_id?: string;
  region_name?: string;
}
