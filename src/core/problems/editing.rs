//! Problems met while correcting the map: a typed coordinate, a change that no longer applies, a changes file.

use super::{echo, say};
use crate::core::changes::ChangeError;
use crate::core::i18n::Lang;

impl crate::core::coords::CoordError {
    /// The problem, worded for the reader.
    pub fn describe(&self, lang: Lang) -> String {
        use crate::core::coords::CoordError as E;
        match self {
            E::Empty => lang.pick(["请输入坐标", "請輸入座標", "type a coordinate"]).into(),
            E::NotANumber(part) => {
                let part = echo(part);
                say(
                    lang,
                    format!("“{part}” 不是度数"),
                    format!("「{part}」不是度數"),
                    format!("“{part}” is not a number of degrees"),
                )
            }
            E::Count(n) => say(
                lang,
                format!("需要两个数（纬度和经度），这里有 {n} 个"),
                format!("需要兩個數（緯度和經度），這裡有 {n} 個"),
                format!("two numbers are needed (latitude and longitude), not {n}"),
            ),
            E::BadMinutes => {
                lang.pick(["分和秒必须小于 60", "分和秒必須小於 60", "minutes and seconds must be under 60"]).into()
            }
            E::OutOfRange { a, b } => say(
                lang,
                format!("{a}, {b} 不是地球上的位置"),
                format!("{a}, {b} 不是地球上的位置"),
                format!("{a}, {b} is not a position on Earth"),
            ),
            E::SameAxis => lang
                .pick([
                    "两个数都是纬度或都是经度",
                    "兩個數都是緯度或都是經度",
                    "both numbers are latitudes, or both longitudes",
                ])
                .into(),
        }
    }
}

impl crate::core::changes_file::FileError {
    /// The problem, worded for the reader.
    pub fn describe(&self, lang: Lang) -> String {
        use crate::core::changes_file::FileError as E;
        match self {
            E::TooLarge(bytes) => {
                let mb = (*bytes as f64 / 1e6).round();
                say(
                    lang,
                    format!("修改文件太大（{mb} MB），不像是修改记录"),
                    format!("修改檔案太大（{mb} MB），不像是修改紀錄"),
                    format!("the changes file is too large ({mb} MB) to be corrections"),
                )
            }
            E::NotJson => lang
                .pick(["修改文件不是有效的 JSON", "修改檔案不是有效的 JSON", "the changes file is not valid JSON"])
                .into(),
            E::NotACollection => lang
                .pick([
                    "修改文件不是 GeoJSON FeatureCollection",
                    "修改檔案不是 GeoJSON FeatureCollection",
                    "the changes file is not a GeoJSON FeatureCollection",
                ])
                .into(),
            E::BadItem(i) => {
                let n = i + 1;
                say(
                    lang,
                    format!("第 {n} 项不是本地图能读的修改"),
                    format!("第 {n} 項不是本地圖能讀的修改"),
                    format!("item {n} is not a change this map can read"),
                )
            }
        }
    }
}

impl crate::core::changes::ChangeError {
    /// The problem, worded for the reader.
    pub fn describe(&self, lang: Lang) -> String {
        use crate::core::changes::ChangeError as E;
        match self {
            E::UnknownId(id) => {
                let id = echo(id);
                say(
                    lang,
                    format!("没有编号为 “{id}” 的地点"),
                    format!("沒有編號為「{id}」的地點"),
                    format!("no place has the id “{id}”"),
                )
            }
            E::DuplicateId(id) => {
                let id = echo(id);
                say(
                    lang,
                    format!("编号 “{id}” 已有地点使用"),
                    format!("編號「{id}」已有地點使用"),
                    format!("the id “{id}” is taken"),
                )
            }
            E::MovedSince { id, metres } => {
                let m = metres.round();
                let id = echo(id);
                say(
                    lang,
                    format!("“{id}” 已不在修改记录的原位置（相差 {m} 米）：数据已更新过"),
                    format!("「{id}」已不在修改紀錄的原位置（相差 {m} 公尺）：資料已更新過"),
                    format!("“{id}” is no longer where the change says it was ({m} m away): the data has changed"),
                )
            }
            E::TextChangedSince { id, field } => {
                let id = echo(id);
                say(
                    lang,
                    format!("“{id}” 的{}已与修改记录不同：数据已更新过", field.label(Lang::ZhHans)),
                    format!("「{id}」的{}已與修改紀錄不同：資料已更新過", field.label(Lang::ZhHant)),
                    format!(
                        "the {} of “{id}” is no longer what the change says: the data has changed",
                        field.label(Lang::En).to_lowercase()
                    ),
                )
            }
            E::EmptyName(id) => {
                let id = echo(id);
                say(
                    lang,
                    format!("“{id}” 的名称不能为空"),
                    format!("「{id}」的名稱不能為空"),
                    format!("the name of “{id}” cannot be empty"),
                )
            }
            E::BadCoordinate(id) => {
                let id = echo(id);
                say(
                    lang,
                    format!("“{id}” 的坐标不是地球上的位置"),
                    format!("「{id}」的座標不是地球上的位置"),
                    format!("the coordinate of “{id}” is not a position on Earth"),
                )
            }
        }
    }
}

/// What can go wrong while editing, for the notice.
#[derive(Clone, Debug, PartialEq)]
pub enum EditProblem {
    /// A change could not be made.
    Change(ChangeError),
    /// The browser refused to store the changes: they live in memory only until downloaded.
    NotSaved,
    /// Saved changes (from an earlier visit or another tab) no longer fit the data.
    SavedDoNotApply,
    /// A changes file that could not be read.
    File(crate::core::changes_file::FileError),
    /// A changes file none of which was applied, because these of its changes (numbered from 0) do not apply.
    Refused(Vec<(usize, ChangeError)>),
}

impl EditProblem {
    pub fn describe(&self, lang: Lang) -> String {
        match self {
            EditProblem::Change(e) => e.describe(lang),
            EditProblem::NotSaved => lang
                .pick([
                    "浏览器无法保存修改（存储已满或被禁止）。修改仍在本页中，请下载修改文件以免丢失。",
                    "瀏覽器無法儲存修改（儲存空間已滿或被禁止）。修改仍在本頁中，請下載修改檔案以免遺失。",
                    "The browser would not store the changes (storage full or refused). They are kept on this page: download them so nothing is lost.",
                ])
                .into(),
            EditProblem::File(e) => e.describe(lang),
            EditProblem::Refused(errors) => {
                let head = lang.pick(["修改文件未套用，因为：", "修改檔案未套用，因為：", "The changes file was not applied:"]);
                let items = crate::core::problems::listed(errors, lang, |(i, e)| {
                        let n = i + 1;
                        let what = e.describe(lang);
                    lang.pick([format!("第 {n} 项：{what}"), format!("第 {n} 項：{what}"), format!("item {n}: {what}")])
                });
                format!("{head} {}", items.join("；"))
            }
            EditProblem::SavedDoNotApply => lang
                .pick([
                    "保存的修改与当前数据不符，未套用。",
                    "儲存的修改與目前資料不符，未套用。",
                    "The saved changes no longer fit the data and were not applied.",
                ])
                .into(),
        }
    }
}
