## 开始、登记、菜单、表单、语言、帮助、错误。

# 新居民收到的第一条消息：欢迎语，隐私说明另起一段。
welcome-new =
    👋 欢迎使用“邻里”社区服务台。我会把您的诉求转给社区，并随时告诉您进展。

    { privacy-note }
welcome-back = 👋 { $name }，欢迎回来！请在下方选择您需要的服务。
staff-welcome = 👥 欢迎加入社区工作人员！新的诉求会发到这里或工作群。
privacy-note = 🔒 我们保存：您的姓名、楼栋和门牌，您愿意提供的电话，以及您提交的诉求内容。只有社区工作人员能看到，其他居民和志愿者看不到。发送 /mydata 查看全部信息，发送 /deleteme 删除个人信息。
register-ask-name = 请问您怎么称呼？点按钮使用 Telegram 名字，或直接输入。
register-ask-building = 请问您住在哪一栋？
register-ask-building-free = 请问您住在哪一栋？（请输入楼栋名称或号码）
register-ask-unit = 请问您的单元门牌？例如 2-301。
register-ask-phone = 是否愿意留下电话，方便工作人员回电？可以跳过。
register-phone-use-button = 请点“分享我的电话”，或点“跳过”。
register-phone-not-yours = 请用下方按钮分享您本人的电话。
register-done = ✅ 谢谢，登记完成。有需要时请点下方按钮。

btn-share-phone = 📱 分享我的电话
btn-skip = 跳过
btn-cancel = ✖️ 取消
btn-done = ✅ 完成
btn-confirm = ✅ 确认
btn-back = ⬅️ 返回
btn-open-private-chat = 💬 和我私聊

menu-new-request = 📝 我要反映
menu-my-requests = 📋 我的诉求
menu-language = 🌐 语言
menu-my-data = 🔒 我的信息
menu-queue = 📥 待办诉求
menu-proxy = ☎️ 代居民登记
menu-staff = 👥 工作人员
menu-settings = ⚙️ 社区设置
menu-events = 📅 社区活动
menu-my-events = 🎟 我的报名

form-need-text = 请用文字回答。（这里无法识别贴纸、图片或语音。）
form-cancelled = 已取消，没有发送任何内容。您还需要什么？
form-nothing-open = 没有需要取消的内容。您还需要什么？
form-not-understood = 抱歉，我没看懂。请使用下方按钮。
form-not-text = 这里无法使用该内容，请使用下方按钮。
unknown-command = 抱歉，我不认识这个命令。请使用下方按钮。
error-unexpected = 😔 抱歉，我们这边出了点问题，已通知工作人员。请稍后再试。
error-too-old = 这个按钮来自一条旧消息，请使用下方菜单。
chat-private-only = 我只在私聊里工作。请点下面的按钮，和我私聊。
chat-private-only-press = 我只在私聊里工作。请在私聊里使用。

language-choose = 请选择语言：
language-set = ✅ 我会用简体中文和您交流。
lang-name-en = English
lang-name-zh-hans = 简体中文

help-resident = “邻里”会把您的诉求转给社区，并告诉您每一步进展。点“📝 我要反映”提出诉求，点“📋 我的诉求”查看办理情况。点“🗳 提个议题”（/topic）向社区议事会提出议题，点“📣 社区议题”（/topics）支持邻居的议题。发送 /cancel 可以退出任何表单。
help-staff = 新诉求带有按钮：点“✋ 受理”即成为负责人。“📥 待办诉求”列出未办结的诉求，超时的在前。“☎️ 代居民登记”可为不用 Telegram 的居民登记。发送 /cancel 可以退出任何表单。

cmd-start = 开始或显示菜单
cmd-request = 提出新诉求
cmd-myrequests = 我的诉求及进度
cmd-language = 切换语言
cmd-mydata = 查看我的信息
cmd-deleteme = 删除我的个人信息
cmd-help = 使用说明
cmd-cancel = 退出当前表单
cmd-queue = 待办诉求（超时优先）
cmd-proxy = 为不用 Telegram 的居民登记诉求
cmd-replies = 常用回复：一点就能发出的简短答复
cmd-staff = 任命或移除工作人员
cmd-settings = 楼栋与诉求类别
cmd-events = 近期活动：报名
cmd-myevents = 我的报名与候补
cmd-newevent = 新建并发布活动
cmd-checkin = 凭签到码为居民签到
