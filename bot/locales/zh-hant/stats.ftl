# Written by `python -m scripts.zh_hant` from zh-hans/stats.ftl: edit that file instead.
## 統計（/stats）：選擇時段和範圍、摘要卡片、圖表、月報。
cmd-stats = 統計、圖表和月報
stats-choose-period = 📊 統計：看哪個時段？
stats-this-month = 本月
stats-last-month = 上月
stats-this-year = 今年
stats-other-dates = 📅 其他日期
stats-dates-help = 📅 在 /stats 後面輸入第一天和最後一天，例如：
    /stats 2027-01-01 2027-03-31
stats-bad-dates = 沒看懂這兩個日期。請輸入兩天，前一天在前（相隔不超過三年），例如：/stats 2027-01-01 2027-03-31
stats-choose-scope = 📊 { $period }：看整個社群、某棟樓還是某個網格？
stats-whole = 🏘 整個社群
stats-building-button = 🏢 { $name }
stats-grid-button = 🗺 網格 { $name }
stats-scope-all = 整個社群
stats-scope-building = { $name }
stats-scope-grid = 網格 { $name }
stats-period = { $start } 至 { $end }
stats-export-month = 📥 匯出本月（.xlsx）
stats-export = 📥 匯出（.xlsx）
stats-export-caption = 📥 報表：{ $scope }，{ $period }
stats-monthly-caption = 📊 附上 { $period } 的月報：訴求、通知、活動、志願者、愛心銀行和微心願，含圖表。
stats-hours = { $hours } 小時
stats-days = { $days } 天
stats-unknown = —
stats-card = 📊 { $scope } · { $period }
    📨 訴求：提交 { $filed }，已答覆 { $answered }，已解決 { $resolved }，已轉辦 { $referred }，未完結 { $open }
    ⏱ 首次答覆：中位數 { $response_median }，90% 在 { $response_p90 } 內；{ $within } 在時限內
    ✅ 解決：中位數 { $resolution_median }，90% 在 { $resolution_p90 } 內
    ⚠️ 超時 { $overdue } · 重新開啟 { $reopened } · 評分 { $rating }
    👥 居民：已登記 { $registered }（新增 { $joined }），可聯絡 { $reachable } · { $languages }
    📢 通知：發出 { $notices } 條，共 { $recipients } 人：送達 { $delivered }，未送達 { $unreachable }，回覆 { $replies }
    📅 活動：舉辦 { $held } 場，名額 { $offered } 個已佔 { $taken }，報名 { $signed } 人到場 { $came }，候補 { $waiting }
    🙋 志願者：活躍 { $active } 人（共 { $approved } 人），{ $hours } 小時，獲得 { $points } 積分；崗位 { $needed } 個已認領 { $filled }，缺席 { $no_shows }；兌換獎勵 { $rewards } 次（{ $spent } 積分）
    🌟 微心願：提出 { $wishes }，實現 { $fulfilled }，中位用時 { $wish_days }
stats-card-topics = 🗳 議題：提出 { $raised }，採納 { $accepted }，不採納 { $declined }，“我也是” { $supports }
stats-language = { $code ->
        [en] 英文
        [zh-hans] 中文
        [none] 未知
       *[other] { $code }
    } { $count }
stats-category = { $category ->
        [repairs] 維修
        [sanitation] 環境衛生
        [neighbours] 噪音與鄰里
        [security] 治安
        [paperwork] 代辦
        [elderly] 助老助殘
        [other] 其他
       *[custom] { $category }
    }
stats-chart-empty = 這個時段沒有資料
stats-chart-categories = 各類訴求 · { $period }
stats-chart-weekly = 每週提交與解決 · { $period }
stats-chart-buildings = 各樓棟 · { $period }
stats-chart-filed = 提交
stats-chart-resolved = 解決
stats-chart-week-of = 周（起始日）
stats-col-building = 樓棟
stats-col-households = 戶數
stats-col-filed = 訴求
stats-col-per-100 = 每百戶
stats-col-open = 未完結
stats-col-overdue = 超時
stats-sheet-summary = 摘要
stats-sheet-requests = 訴求
stats-sheet-notices = 通知
stats-sheet-events = 活動
stats-sheet-volunteers = 志願者
stats-sheet-ledger = 愛心銀行
stats-sheet-wishes = 微心願
stats-sheet-charts = 圖表
stats-col-figure = 指標
stats-col-value = 數值
stats-col-number = 編號
stats-col-category = 類別
stats-col-status = 狀態
stats-col-resident = 居民
stats-col-unit = 單元
stats-col-phone = 電話
stats-col-filed-at = 提交時間
stats-col-due-at = 答覆時限
stats-col-answered-at = 首次答覆
stats-col-resolved-at = 解決時間
stats-col-closed-at = 關閉時間
stats-col-owner = 負責人
stats-col-rating = 評分
stats-col-escalated = 已上報
stats-col-referral = 轉辦至
stats-col-description = 內容
stats-col-title = 標題
stats-col-kind = 型別
stats-col-audience = 物件
stats-col-recipients = 人數
stats-col-delivered = 送達
stats-col-failed = 未送達
stats-col-replies = 回覆
stats-col-starts = 開始時間
stats-col-place = 地點
stats-col-capacity = 名額
stats-col-taken = 已佔
stats-col-checked-in = 到場
stats-col-waiting = 候補
stats-col-volunteer = 志願者
stats-col-area = 區域
stats-col-hours = 小時
stats-col-points = 積分
stats-col-slots = 崗位
stats-col-no-shows = 缺席
stats-col-at = 時間
stats-col-note = 說明
stats-col-balance = 餘額
stats-col-fulfilled-at = 實現時間
stats-yes = 是
stats-no = 否
