## 统计（/stats）：选择时段和范围、摘要卡片、图表、月报。
cmd-stats = 统计、图表和月报
stats-choose-period = 📊 统计：看哪个时段？
stats-this-month = 本月
stats-last-month = 上月
stats-this-year = 今年
stats-other-dates = 📅 其他日期
stats-dates-help = 📅 在 /stats 后面输入第一天和最后一天，例如：
    /stats 2027-01-01 2027-03-31
stats-bad-dates = 没看懂这两个日期。请输入两天，前一天在前（相隔不超过三年），例如：/stats 2027-01-01 2027-03-31
stats-choose-scope = 📊 { $period }：看整个社区、某栋楼还是某个网格？
stats-whole = 🏘 整个社区
stats-building-button = 🏢 { $name }
stats-grid-button = 🗺 网格 { $name }
stats-scope-all = 整个社区
stats-scope-building = { $name }
stats-scope-grid = 网格 { $name }
stats-period = { $start } 至 { $end }
stats-export-month = 📥 导出本月（.xlsx）
stats-export = 📥 导出（.xlsx）
stats-export-caption = 📥 报表：{ $scope }，{ $period }
stats-monthly-caption = 📊 附上 { $period } 的月报：诉求、通知、活动、志愿者、爱心银行和微心愿，含图表。
stats-hours = { $hours } 小时
stats-days = { $days } 天
stats-unknown = —
stats-card = 📊 { $scope } · { $period }
    📨 诉求：提交 { $filed }，已答复 { $answered }，已解决 { $resolved }，已转办 { $referred }，未完结 { $open }
    ⏱ 首次答复：中位数 { $response_median }，90% 在 { $response_p90 } 内；{ $within } 在时限内
    ✅ 解决：中位数 { $resolution_median }，90% 在 { $resolution_p90 } 内
    ⚠️ 超时 { $overdue } · 重新打开 { $reopened } · 评分 { $rating }
    👥 居民：已登记 { $registered }（新增 { $joined }），可联系 { $reachable } · { $languages }
    📢 通知：发出 { $notices } 条，共 { $recipients } 人：送达 { $delivered }，未送达 { $unreachable }，回复 { $replies }
    📅 活动：举办 { $held } 场，名额 { $offered } 个已占 { $taken }，报名 { $signed } 人到场 { $came }，候补 { $waiting }
    🙋 志愿者：活跃 { $active } 人（共 { $approved } 人），{ $hours } 小时，获得 { $points } 积分；岗位 { $needed } 个已认领 { $filled }，缺席 { $no_shows }；兑换奖励 { $rewards } 次（{ $spent } 积分）
    🌟 微心愿：提出 { $wishes }，实现 { $fulfilled }，中位用时 { $wish_days }
stats-card-topics = 🗳 议题：提出 { $raised }，采纳 { $accepted }，不采纳 { $declined }，“我也是” { $supports }
stats-language = { $code ->
        [en] 英文
        [zh-hans] 中文
        [none] 未知
       *[other] { $code }
    } { $count }
stats-category = { $category ->
        [repairs] 维修
        [sanitation] 环境卫生
        [neighbours] 噪音与邻里
        [security] 治安
        [paperwork] 代办
        [elderly] 助老助残
        [other] 其他
       *[custom] { $category }
    }
stats-chart-empty = 这个时段没有数据
stats-chart-categories = 各类诉求 · { $period }
stats-chart-weekly = 每周提交与解决 · { $period }
stats-chart-buildings = 各楼栋 · { $period }
stats-chart-filed = 提交
stats-chart-resolved = 解决
stats-chart-week-of = 周（起始日）
stats-col-building = 楼栋
stats-col-households = 户数
stats-col-filed = 诉求
stats-col-per-100 = 每百户
stats-col-open = 未完结
stats-col-overdue = 超时
stats-sheet-summary = 摘要
stats-sheet-requests = 诉求
stats-sheet-notices = 通知
stats-sheet-events = 活动
stats-sheet-volunteers = 志愿者
stats-sheet-ledger = 爱心银行
stats-sheet-wishes = 微心愿
stats-sheet-charts = 图表
stats-col-figure = 指标
stats-col-value = 数值
stats-col-number = 编号
stats-col-category = 类别
stats-col-status = 状态
stats-col-resident = 居民
stats-col-unit = 单元
stats-col-phone = 电话
stats-col-filed-at = 提交时间
stats-col-due-at = 答复时限
stats-col-answered-at = 首次答复
stats-col-resolved-at = 解决时间
stats-col-closed-at = 关闭时间
stats-col-owner = 负责人
stats-col-rating = 评分
stats-col-escalated = 已上报
stats-col-referral = 转办至
stats-col-description = 内容
stats-col-title = 标题
stats-col-kind = 类型
stats-col-audience = 对象
stats-col-recipients = 人数
stats-col-delivered = 送达
stats-col-failed = 未送达
stats-col-replies = 回复
stats-col-starts = 开始时间
stats-col-place = 地点
stats-col-capacity = 名额
stats-col-taken = 已占
stats-col-checked-in = 到场
stats-col-waiting = 候补
stats-col-volunteer = 志愿者
stats-col-area = 区域
stats-col-hours = 小时
stats-col-points = 积分
stats-col-slots = 岗位
stats-col-no-shows = 缺席
stats-col-at = 时间
stats-col-note = 说明
stats-col-balance = 余额
stats-col-fulfilled-at = 实现时间
stats-yes = 是
stats-no = 否
