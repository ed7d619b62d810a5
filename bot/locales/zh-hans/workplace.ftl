## 工作台：工作人员工具菜单与说明。
menu-staff-tools = 🧰 工作工具
ws-title = 🧰 工作工具：请选择分组。
ws-back = ⬅️ 返回
ws-tool = /{ $command } · { $what }
ws-group-desk = 📥 服务台
ws-group-notices = 📢 通知
ws-group-events = 📅 活动
ws-group-volunteers = 🙋 志愿者与任务
ws-group-wishes = 🌟 微心愿
ws-group-settings = ⚙️ 设置
ws-help-staff = 🧰 您的工具（都在"🧰 工作工具"里）：
    📥 服务台：/queue 列出待办诉求，逾期的在前；/proxy 为不用 Telegram 的居民登记诉求；/replies 管理常用回复，回复居民时会作为按钮出现；/stats 查看统计和图表，导出月报。
    📢 通知：/broadcast 给居民写通知；/broadcasts 查看已发和计划中的通知。
    📅 活动：/newevent 创建活动；/checkin 签到码 为来宾签到。
    🙋 志愿者与任务：/newtask 发布任务；/volunteers 审核志愿者；/addreward 添加奖励；/honours 查看帮忙最多的人。
    🌟 微心愿：/wishdesk 列出心愿；/proxywish 为居民登记心愿；/wishes、/partners、/wishpoints 和 /wishstall 管理心愿、合作方、积分和摊位。
    🗳 协商议事：/topicdesk 列出待审核的议题及其卡片；/proxytopic 为没有 Telegram 的居民提议题；/topicfrom R-000003 R-000007 把几条诉求合成一个议题（也可以在诉求的"✅ 办结"里点"🗳 提交为议题"）。
    🏛 议事会：/council 安排下次议事会（日期或每月规律）、排列议程、选定成员、现场签到并记录会议结果。
ws-help-admin = ⚙️ 管理员工具（"⚙️ 设置"分组）：
    /staff 任命和移除工作人员；/settings 编辑楼栋和类别；/skills 编辑志愿者技能；/quiethours 设置通知的免打扰时段；/audit 查看谁改了什么，并可导出。
ws-search-title = 🔎 找到 { $requests } 条诉求、{ $people } 位居民{ $shown ->
        [0] 。
       *[other] ；最新的诉求在下面。
    }
ws-search-request = { $number } · { $category } · { $words }
ws-search-person = 👤 { $name } · { $building } 栋 { $unit } · { $phone }
ws-search-none = 🔎 没有找到“{ $text }”。可以输入编号（R-000003、W-12、E-5）、文字、姓名、电话或楼栋。
ws-open = 打开 { $number }
ws-open-ask = 点按打开 { $number }：
