# Written by `python -m scripts.zh_hant` from zh-hans/topics.ftl: edit that file instead.
## 協商議事議題：居民提議題、我的議題、評論、工作人員卡片上的操作。

menu-new-topic = 🗳 提個議題
menu-topics = 📣 社群議題
cmd-topic = 向社群議事會提一個議題
cmd-mytopics = 我提出的議題
topic-ask-about = 🗳 您希望議事會討論什麼？簡單寫幾句，或者發一條語音。
topic-type-or-voice = 請用文字寫下來，或者發一條語音。（這裡看不懂表情貼圖。）
topic-ask-photo = 要不要配一張照片？發一張照片，或者點"跳過"。
topic-ask-where = 這是關於您所在的樓棟，還是全小區？
btn-topic-my-building = 🏠 所在樓棟（{ $building }）
btn-topic-everyone = 🏘 全小區
topic-use-where-buttons = 請點一個按鈕：您的樓棟，或者全小區。
topic-ask-name = 可以讓鄰居看到議題是您提的嗎？（社群辦公室總能看到。）
btn-topic-name-yes = 👤 可以，顯示我的名字
btn-topic-name-no = 🙈 不用，只讓辦公室知道
topic-use-name-buttons = 請點"可以"或"不用"。
topic-preview =
    請核對您的議題：
    { $text }{ $media ->
        [photo] {""}
            📷 附照片
        [voice] {""}
            🎤 附語音
        [both] {""}
            📷 附照片和 🎤 語音
       *[none] {""}
    }
    範圍：{ $building ->
        [all] 全小區
       *[other] { $building }
    }
    您的名字：{ $shown ->
        [yes] 鄰居可以看到
       *[no] 只有辦公室知道
    }
    點"確認"提交。
topic-use-confirm = 請點"確認"提交議題，或者點"取消"。
topic-raised = ✅ 您的議題 { $number } 已提交。社群辦公室會審看，每一步都會告訴您。鄰居可以在"📣 社群議題"裡表示支援。
topic-already-raised = 您的議題 { $number } 已經提交過了。
topic-form-closed = 這個表單已關閉。點"🗳 提個議題"重新開始。
btn-topic-mine = 🗂 我的議題
topic-mine-empty = 您還沒有提過議題。點"🗳 提個議題"來提一個。
topic-mine-title = 🗂 您提出的議題。點開一個檢視進展。
topic-mine-line = { $number } · { $status ->
        [review] ⏳
        [accepted] 📋
        [declined] ❌
        [merged] 🔗
        [on_agenda] 🗓
        [postponed] ⏭
        [decided] ✅
        [closed] 🏁
       *[withdrawn] 🚪
    } · 👥 { $supporters }
topic-mine-card =
    🗳 議題 { $number }
    { $text }
    { topic-status }
    👥 { $supporters } 人支援{ $request ->
        [none] {""}
       *[other] {""}
            📝 已轉為訴求 { $request } 辦理
    }{ $target ->
        [none] {""}
       *[other] {""}
            🔗 已併入議題 { $target }
    }
btn-topic-comment = 💬 寫評論
btn-topic-answer = 💬 回答
topic-ask-comment = 💬 請寫下您對 { $number } 的評論（最多 { $max } 個字）。
topic-comment-saved = ✅ 您對 { $number } 的評論已儲存，辦公室會和議題一起看到。
topic-staff-comment =
    💬 { $number }：{ $name } { $unit } 寫道
    { $text }
topic-question =
    ❓ 社群辦公室想了解您的議題 { $number }：
    { $text }
    點"回答"回覆。
topic-merged = 🔗 議題 { $number } 已併入議題 { $target }："{ $text }"。您的支援一併轉過去，每一步都會告訴您。
topic-merged-in = 🔗 議題 { $number } 已併入您的議題 { $target }：現在有 { $supporters } 位鄰居支援。
topic-became-request = 📝 您的議題 { $number } 社群辦公室可以直接辦理：已轉為訴求 { $request }。每一步都會在"📋 我的訴求"裡告訴您。
topic-handled-as-request = 📝 您支援的議題 { $number } 由社群辦公室作為普通訴求直接辦理，不再提交議事會。
topic-desk-card =
    🗳 議題 { $number } · { topic-status }
    { $text }{ $media ->
        [photo] {" "}📷
        [voice] {" "}🎤
       *[none] {""}
    }
    範圍：{ $building ->
        [all] 全小區
       *[other] { $building }
    }
    提出人：{ $name } { $unit }（{ $shown ->
        [yes] 鄰居可見姓名
       *[no] 對鄰居隱藏姓名
    }）
    👥 { $supporters } 人支援{ $phone ->
        [none] {""}
       *[other] {""}
            ☎️ 沒有 Telegram：電話 { $phone }
    }{ $note ->
        [none] {""}
       *[other] {""}
            🗒 辦公室備註：{ $note }
    }{ $request ->
        [none] {""}
       *[other] {""}
            📝 已轉為訴求 { $request }
    }{ $target ->
        [none] {""}
       *[other] {""}
            🔗 已併入 { $target }
    }{ $comments ->
        [none] {""}
       *[other] {""}
            { $comments }
    }
btn-topic-is-request = 📝 這是訴求
btn-topic-merge = 🔗 併入其他議題
btn-topic-ask = ❓ 詢問詳情
topic-prompt-decline = { $who }，{ $number } 為什麼不提交議事會？請回復原因：提出人和支持者都會看到。
topic-prompt-merge = { $who }，請回復要把 { $number } 併入的議題編號（例如 T-000003）。
topic-prompt-ask = { $who }，請回復您對 { $number } 的問題：提出人會收到並可以回答。
topic-done-decline = ❌ { $number } 不提交議事會；已告知提出人和支持者。
topic-done-merge = 🔗 { $number } 已併入 { $target }；已告知兩邊的支持者。
topic-done-ask = ❓ 您對 { $number } 的問題已發給居民，回答會發到這裡。
topic-done-request = 📝 { $number } 已轉為訴求 { $request }，由您負責。
topic-merge-number = 這不是議題編號：請回復類似 T-000003 的編號。
error-topic-merged-already = 議題 { $number } 已經併入 { $target } 了。
error-topic-target-not-found = 沒有這個編號的議題。
error-topic-merge-self = 議題不能併入自己：請給出 { $number } 以外的編號。
error-topic-target-closed = 議題 { $number } 已不再開放，不能再併入。
error-topic-raiser-unreachable = 提出 { $number } 的居民收不到機器人的訊息：請打電話聯絡。
btn-topic-show-card = 🗳 檢視議題
topic-proxy-ask-name = ☎️ 為沒有 Telegram 的居民提議題。居民叫什麼名字？
topic-proxy-ask-building = 居民住在哪棟樓？
topic-proxy-ask-building-free = 居民住在哪棟樓？（請輸入樓名或樓號。）
topic-proxy-ask-unit = 哪個單元門牌？例如 2-301。
topic-proxy-ask-phone = 居民的電話是多少？議題有進展時您會打電話告訴他。
topic-proxy-phone-invalid = 請輸入帶數字的電話號碼，例如 138 0000 0000。
topic-proxy-ask-about = 居民希望議事會討論什麼？請用居民的原話寫下來。
topic-proxy-ask-where = 這是關於居民所在的樓棟，還是全小區？
topic-proxy-ask-shown = 居民是否同意讓鄰居看到議題是他提的？
topic-proxy-ask-note = 給辦公室的備註：居民是怎麼提出的（上門、電話），以及他的其他要求。
topic-proxy-summary =
    請核對為 { $name }（{ $building } { $unit }，☎️ { $phone }）提的議題：
    { $text }
    範圍：{ $where ->
        [all] 全小區
       *[other] { $where }
    }
    鄰居可見姓名：{ $shown ->
        [yes] 是
       *[no] 否
    }
    🗒 { $note }
topic-proxy-filed = ✅ 已為 { $name } 提出議題 { $number }。有進展時請打電話 { $phone } 告訴他。
topic-proxy-already = ✅ 這個議題已經提出過了：{ $number }。
topic-proxy-closed = 這個表單已關閉。請用 /proxytopic（在"🧰 工作工具"裡）重新開始。
cmd-proxytopic = 為沒有 Telegram 的居民提議題
cmd-topicdesk = 待稽核的議題及其卡片
ws-group-consultation = 🗳 協商議事
topic-desk-title = 🗳 待稽核的議題，最早的在前。點開一個檢視卡片。
topic-desk-empty = 沒有待稽核的議題。
topic-desk-line = { $number } · { $text }
topic-from-request = 🗳 您的訴求 { $request } 已併入提交社群議事會的議題 { $number }：反映同一件事的鄰居一起支援它，每一步都會告訴您。
topic-from-usage = 請輸入要合成一個議題的訴求編號，也可以加一句說明：/topicfrom R-000003 R-000007 夜裡酒吧太吵
topic-from-done = 🗳 已由 { $count } 條訴求提出議題 { $number }，卡片在工作群裡。
topic-from-already = 🗳 這些訴求已經是議題 { $number } 了。
btn-request-to-topic = 🗳 提交為議題
error-topic-from-none = 請至少寫一條訴求編號，例如 /topicfrom R-000003 R-000007。
error-topic-from-many = 一次最多 { $max } 條訴求合成一個議題。
error-topic-from-missing = 沒有訴求 { $number }（或者提出人已經離開）。
error-topic-from-closed = 訴求 { $number } 已關閉：只有未辦結的訴求可以轉為議題。
cmd-topicfrom = 把幾條訴求合成一個議題
topic-merge-pick = 或者選擇要把 { $number } 併入的議題：
