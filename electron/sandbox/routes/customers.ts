/** §1 ListSubCustomers: `POST /v2/partners/sub-customers/query` */
import { queryCustomers } from '../data/queries';
import { Params } from '../params';
import { type Operation, page } from './context';

export const customerOperations: Operation[] = [
  {
    name: 'ListSubCustomers',
    method: 'POST',
    path: /^\/v2\/partners\/sub-customers\/query$/,
    handle(ctx) {
      const p = Params.body(ctx.body);
      const filter = {
        accountName: p.str('account_name', { maxLength: 64, noSpaces: true }),
        customer: p.str('customer', { noSpaces: true }),
        label: p.str('label', { noSpaces: true }),
        associationType: p.oneOf('association_type', ['1', '2'] as const),
        associatedFrom: p.time('associated_on_begin', { emptyRejected: true }),
        associatedTo: p.time('associated_on_end', { emptyRejected: true }),
        customerId: p.str('customer_id'),
      };
      p.str('indirect_partner_id'); // a distributor's parameter; a solution provider's calls ignore it
      const offset = p.offset(40_000_000);
      const limit = p.limit();
      const all = queryCustomers(ctx.world, filter);
      return {
        customer_infos: page(all, offset, limit).map((c) => ctx.faults.serve('customer', c.id, c.info)),
        count: all.length,
      };
    },
  },
];
