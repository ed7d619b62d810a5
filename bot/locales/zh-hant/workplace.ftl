# Written by `python -m scripts.zh_hant` from zh-hans/workplace.ftl: edit that file instead.
## 工作臺：工作人員工具選單與說明。
menu-staff-tools = 🧰 工作工具
ws-title = 🧰 工作工具：請選擇分組。
ws-back = ⬅️ 返回
ws-tool = /{ $command } · { $what }
ws-group-desk = 📥 服務檯
ws-group-notices = 📢 通知
ws-group-events = 📅 活動
ws-group-volunteers = 🙋 志願者與任務
ws-group-wishes = 🌟 微心願
ws-group-settings = ⚙️ 設定
ws-help-staff = 🧰 您的工具（都在"🧰 工作工具"裡）：
    📥 服務檯：/queue 列出待辦訴求，逾期的在前；/proxy 為不用 Telegram 的居民登記訴求；/replies 管理常用回覆，回覆居民時會作為按鈕出現；/stats 檢視統計和圖表，匯出月報。
    📢 通知：/broadcast 給居民寫通知；/broadcasts 檢視已發和計劃中的通知。
    📅 活動：/newevent 建立活動；/checkin 簽到碼 為來賓簽到。
    🙋 志願者與任務：/newtask 釋出任務；/volunteers 稽核志願者；/addreward 新增獎勵；/honours 檢視幫忙最多的人。
    🌟 微心願：/wishdesk 列出心願；/proxywish 為居民登記心願；/wishes、/partners、/wishpoints 和 /wishstall 管理心願、合作方、積分和攤位。
    🗳 協商議事：/topicdesk 列出待稽核的議題及其卡片；/proxytopic 為沒有 Telegram 的居民提議題；/topicfrom R-000003 R-000007 把幾條訴求合成一個議題（也可以在訴求的"✅ 辦結"裡點"🗳 提交為議題"）。
    🏛 議事會：/council 安排下次議事會（日期或每月規律）、排列議程、選定成員、現場簽到並記錄會議結果。
ws-help-admin = ⚙️ 管理員工具（"⚙️ 設定"分組）：
    /staff 任命和移除工作人員；/settings 編輯樓棟和類別；/skills 編輯志願者技能；/quiethours 設定通知的免打擾時段；/audit 檢視誰改了什麼，並可匯出。
ws-search-title = 🔎 找到 { $requests } 條訴求、{ $people } 位居民{ $shown ->
        [0] 。
       *[other] ；最新的訴求在下面。
    }
ws-search-request = { $number } · { $category } · { $words }
ws-search-person = 👤 { $name } · { $building } 棟 { $unit } · { $phone }
ws-search-none = 🔎 沒有找到“{ $text }”。可以輸入編號（R-000003、W-12、E-5）、文字、姓名、電話或樓棟。
ws-open = 開啟 { $number }
ws-open-ask = 點按開啟 { $number }：
