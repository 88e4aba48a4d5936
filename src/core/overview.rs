//! The district at a glance: the article's figures, each with the section it comes from, written in the
//! project's own words in three languages. The figures are facts from the article; the wording is ours.

use super::i18n::Lang;
use super::places::Section;

/// One headline figure: its value and what it measures, in three languages.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Figure {
    pub value: [&'static str; 3],
    pub label: [&'static str; 3],
    pub section: Section,
}

impl Figure {
    pub fn value(&self, lang: Lang) -> &'static str {
        lang.pick(self.value)
    }

    pub fn label(&self, lang: Lang) -> &'static str {
        lang.pick(self.label)
    }
}

/// The article's figures in the order it gives them.
pub const FIGURES: &[Figure] = &[
    Figure {
        value: ["133 平方公里", "133 平方公里", "133 km²"],
        label: ["全区面积", "全區面積", "Land area"],
        section: Section::Intro,
    },
    Figure {
        value: ["1 + 1 + 1 + 7", "1 + 1 + 1 + 7", "1 + 1 + 1 + 7"],
        label: [
            "省级经济开发区、市级高新技术产业园、镇、街道各自的数量",
            "省級經濟開發區、市級高新技術產業園、鎮、街道各自的數量",
            "Provincial economic development zone, municipal high-tech park, town, and subdistricts",
        ],
        section: Section::Intro,
    },
    Figure {
        value: ["756 亿元（+3.5%）", "756 億元（+3.5%）", "CNY 75.6 bn (+3.5 %)"],
        label: ["2020 年地区生产总值", "2020 年地區生產總值", "Gross domestic product, 2020"],
        section: Section::Intro,
    },
    Figure {
        value: ["逾 50 亿元（+8.9%）", "逾 50 億元（+8.9%）", "over CNY 5 bn (+8.9 %)"],
        label: ["一般公共预算收入", "一般公共預算收入", "General public budget revenue"],
        section: Section::Intro,
    },
    Figure {
        value: ["5.99 万元", "5.99 萬元", "CNY 59,900"],
        label: ["居民可支配收入", "居民可支配收入", "Residents' disposable income"],
        section: Section::Intro,
    },
    Figure {
        value: ["9 家 · 27 家", "9 家 · 27 家", "9 · 27"],
        label: [
            "境内外上市企业 · “新三板”挂牌企业",
            "境內外上市企業 · 「新三板」掛牌企業",
            "Firms listed on stock exchanges · firms quoted on the NEEQ (“New Third Board”)",
        ],
        section: Section::Innovation,
    },
    Figure {
        value: ["200 余家 · 53.8%", "200 餘家 · 53.8%", "200+ · 53.8 %"],
        label: [
            "高新技术企业 · 高新技术产业产值占比",
            "高新技術企業 · 高新技術產業產值佔比",
            "High-tech firms · high-tech share of industrial output",
        ],
        section: Section::Innovation,
    },
    Figure {
        value: ["17 年", "17 年", "17 years"],
        label: ["连续获评江苏省平安区", "連續獲評江蘇省平安區", "In a row rated a “safe district” by Jiangsu province"],
        section: Section::Livelihood,
    },
    Figure {
        value: ["42%", "42%", "42 %"],
        label: ["全区绿地覆盖率", "全區綠地覆蓋率", "Green cover across the district"],
        section: Section::Liveable,
    },
    Figure {
        value: ["35 项 · 208 公顷 · 27.3 公里", "35 項 · 208 公頃 · 27.3 公里", "35 · 208 ha · 27.3 km"],
        label: [
            "“十三五”期间：水利工程 · 新增绿地 · 新增生态廊道",
            "「十三五」期間：水利工程 · 新增綠地 · 新增生態廊道",
            "In the 13th five-year plan: water projects · new green space · new ecological corridors",
        ],
        section: Section::Liveable,
    },
    Figure {
        value: ["95%", "95%", "95 %"],
        label: [
            "无需见面即可办理的审批事项占比",
            "無需見面即可辦理的審批事項佔比",
            "Share of approvals handled without an in-person meeting",
        ],
        section: Section::Business,
    },
];

/// What the map cannot show and why, in three languages.
pub const NOT_ON_THE_MAP: [&str; 3] = [
    "文章提到“一院钟楼院区”，但查到的常州市第一人民医院主院区位于天宁区局前街，未找到钟楼院区的位置，因此地图上没有标出。",
    "文章提到「一院鐘樓院區」，但查到的常州市第一人民醫院主院區位於天寧區局前街，未找到鐘樓院區的位置，因此地圖上沒有標出。",
    "The article mentions a Zhonglou campus of No. 1 People's Hospital, but the hospital's main campus is on Juqian Street in Tianning and no Zhonglou campus could be found, so the map does not show one.",
];
