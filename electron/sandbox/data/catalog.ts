/**
 * Cloud services, resource types and regions the generated data uses: real Huawei Cloud
 * `hws.service.type.*` / `hws.resource.type.*` codes and region codes, with Chinese and
 * English display names (the API's `X-Language` picks one).
 */
export interface ResourceType {
  code: string;
  zh: string;
  en: string;
  /** product_spec_desc values */
  specs: readonly string[];
  /** usage_type code and usage_measure_id of on-demand records */
  usageType: string;
  usageMeasure: number;
  /** typical usage per record (hours, GB, …) */
  usageMedian: number;
}

export interface Service {
  code: string;
  zh: string;
  en: string;
  /** resource_name prefix */
  prefix: string;
  resources: readonly ResourceType[];
  /** relative frequency in yearly/monthly orders */
  orderWeight: number;
  /** relative frequency in on-demand spend (0 = subscription only) */
  onDemandWeight: number;
  /** median list price of one order line, yuan */
  orderMedian: number;
  /** median on-demand record amount, yuan */
  onDemandMedian: number;
}

const hour = { usageType: 'duration', usageMeasure: 4 } as const;

export const SERVICES: readonly Service[] = [
  {
    code: 'hws.service.type.ec2',
    zh: '弹性云服务器',
    en: 'Elastic Cloud Server',
    prefix: 'ecs',
    resources: [
      {
        code: 'hws.resource.type.vm',
        zh: '云主机',
        en: 'Cloud server',
        specs: [
          '通用计算型 | s6.large.2 | 2vCPUs | 4GiB | linux',
          '通用计算增强型 | c6.xlarge.2 | 4vCPUs | 8GiB | linux',
          '通用计算增强型 | c7.2xlarge.4 | 8vCPUs | 32GiB | linux',
          '内存优化型 | m6.2xlarge.8 | 8vCPUs | 64GiB | linux',
          '通用计算增强型 | c6.large.2 | 2vCPUs | 4GiB | windows',
        ],
        ...hour,
        usageMedian: 240,
      },
    ],
    orderWeight: 30,
    onDemandWeight: 28,
    orderMedian: 1600,
    onDemandMedian: 60,
  },
  {
    code: 'hws.service.type.ebs',
    zh: '云硬盘',
    en: 'Elastic Volume Service',
    prefix: 'volume',
    resources: [
      {
        code: 'hws.resource.type.volume',
        zh: '云硬盘',
        en: 'Disk',
        specs: ['通用型SSD | 100GB', '高IO | 40GB', '超高IO | 500GB', '极速型SSD | 1024GB'],
        ...hour,
        usageMedian: 300,
      },
    ],
    orderWeight: 10,
    onDemandWeight: 14,
    orderMedian: 180,
    onDemandMedian: 9,
  },
  {
    code: 'hws.service.type.vpc',
    zh: '虚拟私有云',
    en: 'Virtual Private Cloud',
    prefix: 'bandwidth',
    resources: [
      {
        code: 'hws.resource.type.bandwidth',
        zh: '带宽',
        en: 'Bandwidth',
        specs: ['全动态BGP | 5Mbit/s', '全动态BGP | 20Mbit/s', '静态BGP | 100Mbit/s'],
        usageType: 'upflow',
        usageMeasure: 10,
        usageMedian: 120,
      },
      {
        code: 'hws.resource.type.ip',
        zh: '弹性公网IP',
        en: 'Elastic IP',
        specs: ['全动态BGP', '静态BGP'],
        ...hour,
        usageMedian: 720,
      },
    ],
    orderWeight: 12,
    onDemandWeight: 14,
    orderMedian: 460,
    onDemandMedian: 22,
  },
  {
    code: 'hws.service.type.obs',
    zh: '对象存储服务',
    en: 'Object Storage Service',
    prefix: 'obs',
    resources: [
      {
        code: 'hws.resource.type.obs',
        zh: '对象存储',
        en: 'Object storage',
        specs: ['标准存储 | 单AZ', '标准存储 | 多AZ', '低频访问存储', '归档存储'],
        usageType: 'storage',
        usageMeasure: 10,
        usageMedian: 800,
      },
    ],
    orderWeight: 6,
    onDemandWeight: 12,
    orderMedian: 900,
    onDemandMedian: 4.5,
  },
  {
    code: 'hws.service.type.rds',
    zh: '云数据库 RDS',
    en: 'Relational Database Service',
    prefix: 'rds',
    resources: [
      {
        code: 'hws.resource.type.rds.vm',
        zh: '数据库实例',
        en: 'DB instance',
        specs: [
          'rds.mysql.n1.large.2.ha | 2vCPUs | 4GB',
          'rds.mysql.n1.xlarge.4.ha | 4vCPUs | 16GB',
          'rds.pg.n1.large.2 | 2vCPUs | 4GB',
        ],
        ...hour,
        usageMedian: 360,
      },
      {
        code: 'hws.resource.type.rds.volume',
        zh: '数据库存储',
        en: 'DB storage',
        specs: ['SSD云盘 | 100GB', '极速型SSD | 500GB'],
        ...hour,
        usageMedian: 360,
      },
    ],
    orderWeight: 10,
    onDemandWeight: 7,
    orderMedian: 2400,
    onDemandMedian: 85,
  },
  {
    code: 'hws.service.type.elb',
    zh: '弹性负载均衡',
    en: 'Elastic Load Balance',
    prefix: 'elb',
    resources: [
      {
        code: 'hws.resource.type.elb',
        zh: '负载均衡器',
        en: 'Load balancer',
        specs: ['独享型 | 应用型(HTTP/HTTPS) | 小型I', '共享型'],
        ...hour,
        usageMedian: 720,
      },
    ],
    orderWeight: 4,
    onDemandWeight: 6,
    orderMedian: 700,
    onDemandMedian: 18,
  },
  {
    code: 'hws.service.type.cce',
    zh: '云容器引擎',
    en: 'Cloud Container Engine',
    prefix: 'cce',
    resources: [
      {
        code: 'hws.resource.type.cce.cluster',
        zh: '集群',
        en: 'Cluster',
        specs: ['CCE Standard | 50节点 | 高可用', 'CCE Turbo | 200节点 | 高可用'],
        ...hour,
        usageMedian: 720,
      },
    ],
    orderWeight: 4,
    onDemandWeight: 4,
    orderMedian: 3200,
    onDemandMedian: 120,
  },
  {
    code: 'hws.service.type.dcs',
    zh: '分布式缓存服务',
    en: 'Distributed Cache Service',
    prefix: 'dcs',
    resources: [
      {
        code: 'hws.resource.type.dcs3',
        zh: '缓存实例',
        en: 'Cache instance',
        specs: ['Redis 6.0 | 主备 | 2GB', 'Redis 5.0 | Proxy集群 | 16GB'],
        ...hour,
        usageMedian: 720,
      },
    ],
    orderWeight: 5,
    onDemandWeight: 4,
    orderMedian: 1100,
    onDemandMedian: 40,
  },
  {
    code: 'hws.service.type.cdn',
    zh: '内容分发网络',
    en: 'Content Delivery Network',
    prefix: 'cdn',
    resources: [
      {
        code: 'hws.resource.type.cdn',
        zh: 'CDN',
        en: 'CDN',
        specs: ['流量计费 | 中国大陆', '95峰值带宽计费 | 中国大陆'],
        usageType: 'upflow',
        usageMeasure: 10,
        usageMedian: 2000,
      },
    ],
    orderWeight: 3,
    onDemandWeight: 6,
    orderMedian: 1500,
    onDemandMedian: 35,
  },
  {
    code: 'hws.service.type.natgateway',
    zh: 'NAT网关',
    en: 'NAT Gateway',
    prefix: 'nat',
    resources: [
      {
        code: 'hws.resource.type.natgateway',
        zh: 'NAT网关',
        en: 'NAT gateway',
        specs: ['小型 | 1万连接', '中型 | 5万连接'],
        ...hour,
        usageMedian: 720,
      },
    ],
    orderWeight: 3,
    onDemandWeight: 3,
    orderMedian: 1200,
    onDemandMedian: 30,
  },
  {
    code: 'hws.service.type.dds',
    zh: '文档数据库服务',
    en: 'Document Database Service',
    prefix: 'dds',
    resources: [
      {
        code: 'hws.resource.type.dds.vm',
        zh: '文档数据库实例',
        en: 'DDS instance',
        specs: ['dds.mongodb.s6.large.2.repset | 2vCPUs | 4GB'],
        ...hour,
        usageMedian: 720,
      },
    ],
    orderWeight: 2,
    onDemandWeight: 2,
    orderMedian: 2600,
    onDemandMedian: 90,
  },
  {
    code: 'hws.service.type.cbr',
    zh: '云备份',
    en: 'Cloud Backup and Recovery',
    prefix: 'vault',
    resources: [
      {
        code: 'hws.resource.type.cbr.vault',
        zh: '存储库',
        en: 'Vault',
        specs: ['vault.backup.server.normal | 200GB', 'vault.backup.volume.normal | 100GB'],
        usageType: 'storage',
        usageMeasure: 10,
        usageMedian: 200,
      },
    ],
    orderWeight: 3,
    onDemandWeight: 4,
    orderMedian: 240,
    onDemandMedian: 8,
  },
  {
    code: 'hws.service.type.waf',
    zh: 'Web应用防火墙',
    en: 'Web Application Firewall',
    prefix: 'waf',
    resources: [
      {
        code: 'hws.resource.type.waf',
        zh: 'WAF实例',
        en: 'WAF instance',
        specs: ['专业版 | 10个域名', '企业版 | 30个域名'],
        ...hour,
        usageMedian: 720,
      },
    ],
    orderWeight: 2,
    onDemandWeight: 0,
    orderMedian: 3600,
    onDemandMedian: 0,
  },
];

export const ORDER_WEIGHTS = SERVICES.map((s) => s.orderWeight);
export const ON_DEMAND_WEIGHTS = SERVICES.map((s) => s.onDemandWeight);
export const SERVICE_INDEX: ReadonlyMap<string, number> = new Map(SERVICES.map((s, i) => [s.code, i]));
export const SVC_ECS = SERVICE_INDEX.get('hws.service.type.ec2')!;
export const SVC_EVS = SERVICE_INDEX.get('hws.service.type.ebs')!;
export const SVC_VPC = SERVICE_INDEX.get('hws.service.type.vpc')!;
export const SVC_RDS = SERVICE_INDEX.get('hws.service.type.rds')!;

export interface Region {
  code: string;
  zh: string;
  en: string;
  weight: number;
}

export const REGIONS: readonly Region[] = [
  { code: 'cn-north-4', zh: '华北-北京四', en: 'CN North-Beijing4', weight: 30 },
  { code: 'cn-east-3', zh: '华东-上海一', en: 'CN East-Shanghai1', weight: 25 },
  { code: 'cn-south-1', zh: '华南-广州', en: 'CN South-Guangzhou', weight: 20 },
  { code: 'cn-southwest-2', zh: '西南-贵阳一', en: 'CN Southwest-Guiyang1', weight: 8 },
  { code: 'cn-north-1', zh: '华北-北京一', en: 'CN North-Beijing1', weight: 5 },
  { code: 'cn-east-2', zh: '华东-上海二', en: 'CN East-Shanghai2', weight: 5 },
  { code: 'ap-southeast-1', zh: '中国-香港', en: 'CN-Hong Kong', weight: 4 },
  { code: 'ap-southeast-3', zh: '亚太-新加坡', en: 'AP-Singapore', weight: 3 },
];
export const REGION_WEIGHTS = REGIONS.map((r) => r.weight);

export type Lang = 'zh' | 'en';

/** The display name in the request's language (`X-Language`). */
export function label(item: { zh: string; en: string }, lang: Lang): string {
  return lang === 'en' ? item.en : item.zh;
}

/** DiscountItemV2.discount_type codes the generator uses. */
export const PARTNER_DISCOUNTS = ['500', '607', '605'] as const;
export const PROMO_DISCOUNTS = ['200', '700', '900', '300'] as const;
export const FREE_OF_CHARGE_DISCOUNT = '610';
