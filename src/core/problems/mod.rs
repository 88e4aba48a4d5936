//! Everything that can go wrong with input, as types, and its wording for the reader: each problem says itself
//! in Simplified Chinese, Traditional Chinese or English, so a Chinese reader never meets an English sentence.
//! Technical tokens (JSON, GeoJSON, HTTP status codes, ids, a file's own values) stay as they are. Features are
//! counted from 1, as people count, whatever index the file's array gives them.

mod editing;
mod features;

pub use editing::EditProblem;

use crate::core::i18n::Lang;
use crate::core::places::LoadError;
use crate::core::url_state::UrlProblem;

/// Why a file or link's data could not be used at all.
#[derive(Clone, Debug, PartialEq)]
pub enum DataProblem {
    /// The text was read but is not usable data.
    Unusable(LoadError),
    /// A `?data=` address could not be fetched.
    Fetch { address: String, error: FetchError },
    /// A chosen or dropped file could not be read.
    Unreadable,
}

/// Why fetching a `?data=` address failed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FetchError {
    /// The server answered with this HTTP status.
    Status(u16),
    /// No answer: the network is down, the server unreachable, or it refused the page (CORS).
    Network,
    /// No answer while the browser is offline, and no copy kept for offline use.
    Offline,
    /// The answer was not text.
    NotText,
}

/// Why the user's position is not available.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LocateError {
    /// The user or the browser said no.
    Denied,
    /// The device could not tell where it is (or the browser has no geolocation).
    Unavailable,
    /// It took too long.
    Timeout,
}

impl LocateError {
    /// From the W3C GeolocationPositionError code (1 denied, 2 unavailable, 3 timeout).
    pub fn from_code(code: u16) -> Self {
        match code {
            1 => LocateError::Denied,
            3 => LocateError::Timeout,
            _ => LocateError::Unavailable,
        }
    }
}

/// A part of the page's link that could not be used.
#[derive(Clone, Debug, PartialEq)]
pub enum LinkProblem {
    /// A parameter with a value the map does not understand.
    Parameter(UrlProblem),
    /// A place id the data does not have.
    UnknownPlace(String),
    /// A tour the map does not have.
    UnknownTour(String),
    /// A field to group by (`by`) or name by (`label`) that no place has: the parameter and the field.
    UnknownField(&'static str, String),
    /// The tours could not be fetched (offline before the first visit, say).
    ToursUnavailable,
}

impl From<UrlProblem> for LinkProblem {
    fn from(problem: UrlProblem) -> Self {
        LinkProblem::Parameter(problem)
    }
}

/// How much of a value from a link or a file a notice repeats: enough to recognise it, never so much that the
/// notice pushes the map off the screen.
pub const ECHO_CHARS: usize = 80;

/// A value from a link or a file as a notice repeats it: cut at [`ECHO_CHARS`] characters with "…".
pub fn echo(value: &str) -> String {
    match value.char_indices().nth(ECHO_CHARS) {
        Some((end, _)) => format!("{}…", &value[..end]),
        None => value.to_string(),
    }
}

/// How many reasons a notice lists one by one; the rest are counted ("and 3 more").
pub const MAX_LISTED: usize = 20;

/// The first [`MAX_LISTED`] items as described, then how many more there are.
pub fn listed<T>(items: &[T], lang: Lang, describe: impl Fn(&T) -> String) -> Vec<String> {
    let mut lines: Vec<String> = items.iter().take(MAX_LISTED).map(describe).collect();
    if items.len() > MAX_LISTED {
        lines.push(crate::core::phrases::and_more(lang, items.len() - MAX_LISTED));
    }
    lines
}

/// Picks the wording for a language from three.
fn say(lang: Lang, hans: String, hant: String, en: String) -> String {
    lang.pick([hans, hant, en])
}

impl DataProblem {
    /// The problem, worded for the reader.
    pub fn describe(&self, lang: Lang) -> String {
        match self {
            DataProblem::Unusable(e) => e.describe(lang),
            DataProblem::Fetch { address, error } => format!("{}: {}", echo(address), error.describe(lang)),
            DataProblem::Unreadable => {
                lang.pick(["无法读取该文件。", "無法讀取該檔案。", "the file could not be read."]).into()
            }
        }
    }
}

impl FetchError {
    /// The problem, worded for the reader.
    pub fn describe(&self, lang: Lang) -> String {
        match self {
            FetchError::Status(404) => say(
                lang,
                "服务器上没有这个文件（HTTP 404）".into(),
                "伺服器上沒有這個檔案（HTTP 404）".into(),
                "the server has no such file (HTTP 404)".into(),
            ),
            FetchError::Status(code) => say(
                lang,
                format!("服务器拒绝了请求（HTTP {code}）"),
                format!("伺服器拒絕了請求（HTTP {code}）"),
                format!("the server refused the request (HTTP {code})"),
            ),
            FetchError::Network => lang
                .pick([
                    "无法连接：网络不通，或该服务器不允许本页读取（CORS）",
                    "無法連線：網路不通，或該伺服器不允許本頁讀取（CORS）",
                    "could not connect: the network is down, or the server does not let this page read it (CORS)",
                ])
                .into(),
            FetchError::Offline => lang
                .pick([
                    "离线时无法取得该文件：本机没有保存它的副本，请联网后再打开",
                    "離線時無法取得該檔案：本機沒有儲存它的副本，請連線後再開啟",
                    "could not be reached offline: no copy of it is kept on this device; open it again when online",
                ])
                .into(),
            FetchError::NotText => {
                lang.pick(["服务器返回的不是文本", "伺服器傳回的不是文字", "the server did not send text"]).into()
            }
        }
    }
}

impl LocateError {
    /// The problem, worded for the reader.
    pub fn describe(&self, lang: Lang) -> &'static str {
        match self {
            LocateError::Denied => lang.pick([
                "浏览器未获准读取位置。",
                "瀏覽器未獲准讀取位置。",
                "the browser was not allowed to read it.",
            ]),
            LocateError::Unavailable => lang.pick([
                "设备暂时无法确定位置。",
                "裝置暫時無法確定位置。",
                "the device cannot tell where it is right now.",
            ]),
            LocateError::Timeout => {
                lang.pick(["定位超时，请稍后再试。", "定位逾時，請稍後再試。", "it took too long; try again later."])
            }
        }
    }
}

impl LinkProblem {
    /// The problem, worded for the reader.
    pub fn describe(&self, lang: Lang) -> String {
        match self {
            LinkProblem::UnknownPlace(id) => {
                let id = echo(id);
                say(
                    lang,
                    format!("没有编号为 “{id}” 的地点"),
                    format!("沒有編號為「{id}」的地點"),
                    format!("no place has the id “{id}”"),
                )
            }
            LinkProblem::UnknownTour(key) => {
                let key = echo(key);
                say(
                    lang,
                    format!("没有名为 “{key}” 的导览"),
                    format!("沒有名為「{key}」的導覽"),
                    format!("there is no tour called “{key}”"),
                )
            }
            LinkProblem::UnknownField(param, field) => {
                let field = echo(field);
                say(
                    lang,
                    format!("没有地点带有字段 “{field}”（{param}）"),
                    format!("沒有地點帶有欄位「{field}」（{param}）"),
                    format!("no place has the field “{field}” ({param})"),
                )
            }
            LinkProblem::ToursUnavailable => lang
                .pick([
                    "导览暂时无法载入，请稍后再试",
                    "導覽暫時無法載入，請稍後再試",
                    "the tour could not be loaded; try again later",
                ])
                .into(),
            LinkProblem::Parameter(p) => match p {
                UrlProblem::UnknownCategory(v) => {
                    let v = echo(v);
                    say(
                        lang,
                        format!("未知类别 “{v}”（cats）"),
                        format!("未知類別「{v}」（cats）"),
                        format!("unknown category “{v}” (cats)"),
                    )
                }
                UrlProblem::UnknownLanguage(v) => {
                    let v = echo(v);
                    say(
                        lang,
                        format!("未知语言 “{v}”（lang）"),
                        format!("未知語言「{v}」（lang）"),
                        format!("unknown language “{v}” (lang)"),
                    )
                }
                UrlProblem::BadView(v) => {
                    let v = echo(v);
                    say(
                        lang,
                        format!("视图 “{v}” 不是 缩放/纬度/经度（view）"),
                        format!("視圖「{v}」不是 縮放/緯度/經度（view）"),
                        format!("view “{v}” is not zoom/latitude/longitude (view)"),
                    )
                }
                UrlProblem::UnknownBase(v) => {
                    let v = echo(v);
                    say(
                        lang,
                        format!("未知底图 “{v}”（base）"),
                        format!("未知底圖「{v}」（base）"),
                        format!("unknown base map “{v}” (base)"),
                    )
                }
                UrlProblem::BadPlace(v) => {
                    let v = echo(v);
                    say(
                        lang,
                        format!("地点编号 “{v}” 无效（place）"),
                        format!("地點編號「{v}」無效（place）"),
                        format!("place id “{v}” is not a valid id (place)"),
                    )
                }
                UrlProblem::BadTour(v) => {
                    let v = echo(v);
                    say(
                        lang,
                        format!("导览 “{v}” 不是导览的名称（tour）"),
                        format!("導覽「{v}」不是導覽的名稱（tour）"),
                        format!("tour “{v}” is not a tour's key (tour)"),
                    )
                }
                UrlProblem::BadStep(v) => {
                    let v = echo(v);
                    say(
                        lang,
                        format!("步骤 “{v}” 不是步骤编号（step）"),
                        format!("步驟「{v}」不是步驟編號（step）"),
                        format!("step “{v}” is not a step number (step)"),
                    )
                }
                UrlProblem::BadFix(v) => {
                    let v = echo(v);
                    say(
                        lang,
                        format!("修改建议 “{v}” 不是 编号@纬度,经度（fix）"),
                        format!("修改建議「{v}」不是 編號@緯度,經度（fix）"),
                        format!("correction “{v}” is not id@latitude,longitude (fix)"),
                    )
                }
                UrlProblem::BadData(v) => {
                    let v = echo(v);
                    say(
                        lang,
                        format!("数据地址 “{v}” 既不是 http(s)，也不是本站路径（data）"),
                        format!("資料位址「{v}」既不是 http(s)，也不是本站路徑（data）"),
                        format!("data address “{v}” is neither http(s) nor a path on this site (data)"),
                    )
                }
            },
        }
    }
}
