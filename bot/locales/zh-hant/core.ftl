# Written by `python -m scripts.zh_hant` from zh-hans/core.ftl: edit that file instead.
## 開始、登記、選單、表單、語言、幫助、錯誤。

# 新居民收到的第一條訊息：歡迎語，隱私說明另起一段。
welcome-new =
    👋 歡迎使用“鄰里”社群服務檯。我會把您的訴求轉給社群，並隨時告訴您進展。

    { privacy-note }
welcome-back = 👋 { $name }，歡迎回來！請在下方選擇您需要的服務。
staff-welcome = 👥 歡迎加入社群工作人員！新的訴求會發到這裡或工作群。
privacy-note = 🔒 我們儲存：您的姓名、樓棟和門牌，您願意提供的電話，以及您提交的訴求內容。只有社群工作人員能看到，其他居民和志願者看不到。傳送 /mydata 檢視全部資訊，傳送 /deleteme 刪除個人資訊。
register-ask-name = 請問您怎麼稱呼？點按鈕使用 Telegram 名字，或直接輸入。
register-ask-building = 請問您住在哪一棟？
register-ask-building-free = 請問您住在哪一棟？（請輸入樓棟名稱或號碼）
register-ask-unit = 請問您的單元門牌？例如 2-301。
register-ask-phone = 是否願意留下電話，方便工作人員回電？可以跳過。
register-phone-use-button = 請點“分享我的電話”，或點“跳過”。
register-phone-not-yours = 請用下方按鈕分享您本人的電話。
register-done = ✅ 謝謝，登記完成。有需要時請點下方按鈕。

btn-share-phone = 📱 分享我的電話
btn-skip = 跳過
btn-cancel = ✖️ 取消
btn-done = ✅ 完成
btn-confirm = ✅ 確認
btn-back = ⬅️ 返回
btn-open-private-chat = 💬 和我私聊

menu-new-request = 📝 我要反映
menu-my-requests = 📋 我的訴求
menu-language = 🌐 語言
menu-my-data = 🔒 我的資訊
menu-queue = 📥 待辦訴求
menu-proxy = ☎️ 代居民登記
menu-staff = 👥 工作人員
menu-settings = ⚙️ 社群設定
menu-events = 📅 社群活動
menu-my-events = 🎟 我的報名

form-need-text = 請用文字回答。（這裡無法識別貼紙、圖片或語音。）
form-cancelled = 已取消，沒有傳送任何內容。您還需要什麼？
form-nothing-open = 沒有需要取消的內容。您還需要什麼？
form-not-understood = 抱歉，我沒看懂。請使用下方按鈕。
form-not-text = 這裡無法使用該內容，請使用下方按鈕。
unknown-command = 抱歉，我不認識這個命令。請使用下方按鈕。
error-unexpected = 😔 抱歉，我們這邊出了點問題，已通知工作人員。請稍後再試。
error-too-old = 這個按鈕來自一條舊訊息，請使用下方選單。
chat-private-only = 我只在私聊裡工作。請點下面的按鈕，和我私聊。
chat-private-only-press = 我只在私聊裡工作。請在私聊裡使用。

language-choose = 請選擇語言：
language-set = ✅ 我會用簡體中文和您交流。
lang-name-en = English
lang-name-zh-hans = 简体中文
lang-name-zh-hant = 繁體中文

help-resident = “鄰里”會把您的訴求轉給社群，並告訴您每一步進展。點“📝 我要反映”提出訴求，點“📋 我的訴求”檢視辦理情況。點“🗳 提個議題”（/topic）向社群議事會提出議題，點“📣 社群議題”（/topics）支援鄰居的議題。傳送 /cancel 可以退出任何表單。
help-staff = 新訴求帶有按鈕：點“✋ 受理”即成為負責人。“📥 待辦訴求”列出未辦結的訴求，超時的在前。“☎️ 代居民登記”可為不用 Telegram 的居民登記。傳送 /cancel 可以退出任何表單。

cmd-start = 開始或顯示選單
cmd-request = 提出新訴求
cmd-myrequests = 我的訴求及進度
cmd-language = 切換語言
cmd-mydata = 檢視我的資訊
cmd-deleteme = 刪除我的個人資訊
cmd-help = 使用說明
cmd-cancel = 退出當前表單
cmd-queue = 待辦訴求（超時優先）
cmd-proxy = 為不用 Telegram 的居民登記訴求
cmd-replies = 常用回覆：一點就能發出的簡短答覆
cmd-staff = 任命或移除工作人員
cmd-settings = 樓棟與訴求類別
cmd-events = 近期活動：報名
cmd-myevents = 我的報名與候補
cmd-newevent = 新建併發布活動
cmd-checkin = 憑簽到碼為居民簽到
