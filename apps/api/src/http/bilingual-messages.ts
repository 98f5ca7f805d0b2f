/**
 * graphql-js's and GraphQL Armor's refusals in Chinese beside their English, like every message of
 * the domain's. Known messages are matched by pattern and named in Chinese; the limits lose the
 * "Syntax Error:" armor gives them (an alias or depth limit is not a syntax error); anything else
 * is prefixed with a Chinese line saying what kind of refusal it is. A message with Chinese in it
 * already (the domain's, our cost limit's) is left as it is.
 */
type Translation = readonly [RegExp, (m: RegExpMatchArray) => string];

const q = (name: string | undefined) => name ?? '';

const TRANSLATIONS: readonly Translation[] = [
  [
    /^Syntax Error: Aliases limit of (\d+) exceeded, found (\d+)\.?$/,
    (m) => `别名过多(${q(m[2])} 个,上限 ${q(m[1])})/ Aliases limit of ${q(m[1])} exceeded, found ${q(m[2])}`,
  ],
  [
    /^Syntax Error: Query depth limit of (\d+) exceeded, found (\d+)\.?$/,
    (m) =>
      `查询嵌套过深(${q(m[2])} 层,上限 ${q(m[1])})/ Query depth limit of ${q(m[1])} exceeded, found ${q(m[2])}`,
  ],
  [
    /^Syntax Error: Token limit of (\d+) exceeded.*$/,
    (m) => `查询过长(超过 ${q(m[1])} 个记号)/ Token limit of ${q(m[1])} exceeded: the query is too long`,
  ],
  [/^Syntax Error: (.*)$/, (m) => `查询语法错误 / Syntax Error: ${q(m[1])}`],
  [/^Cannot query field "([^"]+)" on type "([^"]+)"\.?/, (m) => `类型 ${q(m[2])} 没有字段 ${q(m[1])}`],
  [/^Unknown argument "([^"]+)" on field "([^"]+)"\.?/, (m) => `字段 ${q(m[2])} 没有参数 ${q(m[1])}`],
  [
    /^Field "([^"]+)" argument "([^"]+)" of type "([^"]+)" is required/,
    (m) => `字段 ${q(m[1])} 缺少必填参数 ${q(m[2])}(${q(m[3])})`,
  ],
  [
    /^Variable "([^"]+)" of required type "([^"]+)" was not provided\.?/,
    (m) => `缺少必填变量 ${q(m[1])}(${q(m[2])})`,
  ],
  [/^Variable "([^"]+)" got invalid value/, (m) => `变量 ${q(m[1])} 的值无效`],
  [/^Variable "([^"]+)" is never used/, (m) => `变量 ${q(m[1])} 未被使用`],
  [/^Variable "([^"]+)" is not defined/, (m) => `变量 ${q(m[1])} 未声明`],
  [/^Unknown type "([^"]+)"\.?/, (m) => `未知类型 ${q(m[1])}`],
  [
    /^Field "([^"]+)" of type "([^"]+)" must have a selection of subfields/,
    (m) => `字段 ${q(m[1])}(${q(m[2])})须选择子字段`,
  ],
  [
    /^Field "([^"]+)" must not have a selection since type "([^"]+)" has no subfields/,
    (m) => `字段 ${q(m[1])} 没有子字段可选`,
  ],
  [/^Value "([^"]+)" does not exist in "([^"]+)" enum/, (m) => `枚举 ${q(m[2])} 没有值 ${q(m[1])}`],
  [/^Enum "([^"]+)" cannot represent/, (m) => `枚举 ${q(m[1])} 不接受这个值`],
  [/^(?:Int|Float|String|Boolean|ID) cannot represent/, () => '值的类型不对'],
  [/^Expected value of type "([^"]+)", found ([^;]+)/, (m) => `值 ${q(m[2])} 不是 ${q(m[1])} 类型`],
  [/^Maximum introspection depth exceeded/, () => '内省查询嵌套过深'],
  [/^Unknown operation named "([^"]+)"/, (m) => `没有名为 ${q(m[1])} 的操作`],
  [/^Must provide operation name/, () => '文档含多个操作,须给出 operationName'],
  [/^Must provide query string/, () => '请求中没有查询'],
  [/^Anonymous operation must be the only defined operation/, () => '匿名操作须是文档中唯一的操作'],
  [/^There can be only one operation named/, () => '操作重名'],
];

const HAS_CHINESE = /[\u4e00-\u9fff]/;

/** A refusal's message as planners read it: Chinese, then " / ", then the English. */
export function bilingualMessage(message: string): string {
  if (HAS_CHINESE.test(message)) return message;
  for (const [pattern, zh] of TRANSLATIONS) {
    const match = message.match(pattern);
    if (!match) continue;
    const chinese = zh(match);
    // The limits' translations carry their own English; the others keep graphql-js's.
    return chinese.includes('/ ') ? chinese : `${chinese} / ${message}`;
  }
  return `请求无效 / ${message}`;
}
