//! How the problems met while reading a data file say themselves: a file that is not GeoJSON, and each feature
//! that could not be used.

use super::{echo, say};
use crate::core::i18n::Lang;
use crate::core::places::{FeatureError, JsonFault, LoadError, Skipped};
use crate::core::shape::ShapeProblem;

impl LoadError {
    /// The problem, worded for the reader.
    pub fn describe(&self, lang: Lang) -> String {
        match self {
            LoadError::NotJson { line, column, fault } => {
                let what = match fault {
                    JsonFault::UnexpectedEnd => {
                        lang.pick(["文件在中途结束", "檔案在中途結束", "the file ends too early"])
                    }
                    JsonFault::Syntax => lang.pick(["语法错误", "語法錯誤", "a syntax error"]),
                    JsonFault::Data => lang.pick(["数值无效", "數值無效", "an invalid value"]),
                };
                say(
                    lang,
                    format!("文件不是有效的 JSON：第 {line} 行第 {column} 列{what}"),
                    format!("檔案不是有效的 JSON：第 {line} 行第 {column} 欄{what}"),
                    format!("the file is not valid JSON: {what} at line {line}, column {column}"),
                )
            }
            LoadError::NotACollection => lang
                .pick([
                    "文件不是 GeoJSON FeatureCollection",
                    "檔案不是 GeoJSON FeatureCollection",
                    "the file is not a GeoJSON FeatureCollection",
                ])
                .into(),
        }
    }
}

impl FeatureError {
    /// The problem, worded for the reader.
    pub fn describe(&self, lang: Lang) -> String {
        match self {
            FeatureError::NotAFeature(Some(kind)) => say(
                lang,
                format!("不是 GeoJSON 要素（type 为 “{kind}”，应为 “Feature”）"),
                format!("不是 GeoJSON 要素（type 為「{kind}」，應為「Feature」）"),
                format!("not a GeoJSON feature (its type is “{kind}”, not “Feature”)"),
            ),
            FeatureError::NotAFeature(None) => {
                lang.pick(["不是 GeoJSON 要素", "不是 GeoJSON 要素", "not a GeoJSON feature"]).into()
            }
            FeatureError::Malformed => lang
                .pick([
                    "GeoJSON 结构无效（geometry 或 properties 的格式不对）",
                    "GeoJSON 結構無效（geometry 或 properties 的格式不對）",
                    "not valid GeoJSON (its geometry or properties are malformed)",
                ])
                .into(),
            FeatureError::NoGeometry => lang.pick(["没有几何信息", "沒有幾何資訊", "has no geometry"]).into(),
            FeatureError::BadShape(problem) => problem.describe(lang),
            // A point needs two numbers; the loader reads a missing one as NaN.
            FeatureError::BadCoordinates { lon, lat } if lon.is_nan() || lat.is_nan() => lang
                .pick([
                    "坐标须有经度和纬度两个数",
                    "座標須有經度和緯度兩個數",
                    "its coordinates need two numbers, longitude and latitude",
                ])
                .into(),
            FeatureError::BadCoordinates { lon, lat } => say(
                lang,
                format!("坐标 [{lon}, {lat}] 不是地球上的位置"),
                format!("座標 [{lon}, {lat}] 不是地球上的位置"),
                format!("coordinates [{lon}, {lat}] are not a position on Earth"),
            ),
            FeatureError::SwappedCoordinates { lon, lat } => say(
                lang,
                format!("坐标 [{lon}, {lat}] 似乎写反了：GeoJSON 先写经度"),
                format!("座標 [{lon}, {lat}] 似乎寫反了：GeoJSON 先寫經度"),
                format!("coordinates [{lon}, {lat}] look swapped: GeoJSON gives longitude first"),
            ),
            FeatureError::NoProperties => lang.pick(["没有 properties", "沒有 properties", "has no properties"]).into(),
            FeatureError::Missing(key) => {
                let key = echo(key);
                say(
                    lang,
                    format!("缺少属性 {key}，或它是空的"),
                    format!("缺少屬性 {key}，或它是空的"),
                    format!("property `{key}` is missing or empty"),
                )
            }
            FeatureError::UnknownCategory(key) => {
                let key = echo(key);
                say(
                    lang,
                    format!("未知类别 “{key}”"),
                    format!("未知類別「{key}」"),
                    format!("unknown category “{key}”"),
                )
            }
            FeatureError::BadId(id) => {
                let id = echo(id);
                say(
                    lang,
                    format!("编号 “{id}” 只能用小写字母、数字和连字符（a-z、0-9、-）"),
                    format!("編號「{id}」只能用小寫字母、數字和連字號（a-z、0-9、-）"),
                    format!("id “{id}” must be a lowercase slug (a-z, 0-9, -)"),
                )
            }
            FeatureError::DuplicateId(id) => {
                let id = echo(id);
                say(
                    lang,
                    format!("编号 “{id}” 已被前面的要素使用"),
                    format!("編號「{id}」已被前面的要素使用"),
                    format!("id “{id}” is used by an earlier feature"),
                )
            }
            FeatureError::UnknownBasis(basis) => {
                let basis = echo(basis);
                say(
                    lang,
                    format!("位置依据 “{basis}” 不是 sourced、derived 或 estimated"),
                    format!("位置依據「{basis}」不是 sourced、derived 或 estimated"),
                    format!("position basis “{basis}” is not sourced, derived or estimated"),
                )
            }
            FeatureError::BadPrecision(value) => say(
                lang,
                format!("精度 {value} 不是正的米数"),
                format!("精度 {value} 不是正的公尺數"),
                format!("precision {value} is not a positive number of metres"),
            ),
        }
    }
}

impl ShapeProblem {
    /// The problem, worded for the reader.
    pub fn describe(&self, lang: Lang) -> String {
        let words = match self {
            ShapeProblem::NoCoordinates => ["几何没有坐标", "幾何沒有座標", "its geometry has no coordinates"],
            // (A position off the Earth is said as a point's is, and an unknown member makes the feature
            // malformed: `FeatureError::from`.)
            ShapeProblem::WrongNesting | ShapeProblem::OffEarth { .. } | ShapeProblem::UnknownMember => [
                "坐标的嵌套层次与几何类型不符",
                "座標的巢狀層次與幾何類型不符",
                "its coordinates are not nested as its geometry type says",
            ],
            ShapeProblem::ShortLine => {
                ["线至少要有两个位置", "線至少要有兩個位置", "a line needs two positions or more"]
            }
            ShapeProblem::ShortRing => {
                ["面的环至少要有四个位置", "面的環至少要有四個位置", "an area's ring needs four positions or more"]
            }
            ShapeProblem::UnclosedRing => ["面的环没有闭合", "面的環沒有閉合", "an area's ring is not closed"],
        };
        lang.pick(words).into()
    }
}

impl Skipped {
    /// "Feature 3: …", counted from 1 as people count (the file's array index plus one), with the feature's name
    /// where it gives one: "Feature 3 (Canal walk): …".
    pub fn describe(&self, lang: Lang) -> String {
        let n = self.index + 1;
        let problem = self.error.describe(lang);
        let named = |open: &str, close: &str| self.name.as_ref().map(|name| format!("{open}{}{close}", echo(name)));
        match lang {
            Lang::En => format!("Feature {n}{}: {problem}", named(" (", ")").unwrap_or_default()),
            _ => {
                let name = named("（", "）").unwrap_or_default();
                say(
                    lang,
                    format!("第 {n} 号要素{name}：{problem}"),
                    format!("第 {n} 號要素{name}：{problem}"),
                    String::new(),
                )
            }
        }
    }
}

/// One wording for each problem: as text (logs, the merge command) it reads as the English interface says it.
impl std::fmt::Display for LoadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.describe(Lang::En))
    }
}

impl std::error::Error for LoadError {}

impl std::fmt::Display for FeatureError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.describe(Lang::En))
    }
}

impl std::error::Error for FeatureError {}
