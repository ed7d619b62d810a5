# Written by `python -m scripts.zh_hant` from zh-hans/love_bank.ftl: edit that file instead.
## 愛心銀行：積分、明細、獎品、光榮榜。

points-awarded =
    🎖️ 您獲得了 { $points } 積分：{ $note }
    您現在的餘額是 { $balance } 積分。

error-points-amount = 請填寫 1 到 { $most } 之間的積分數。
error-points-kind = 這類積分不能這樣記錄。
error-points-short = 積分不足：當前餘額為 { $balance }。
error-award-note = 請簡單說明原因。
error-award-self = 不能給自己發積分。

btn-reward-approve = ✅ 發放
btn-reward-decline = ✖️ 拒絕
reward-requested-staff = 🎁 { $name } 申請兌換 { $reward }（{ $cost } 積分；餘額 { $balance }）。
reward-approved = 🎁 您兌換的 { $reward } 已準備好，請到服務站領取。已使用 { $cost } 積分，當前餘額 { $balance }（可用 { $available }）。
reward-declined = 您兌換 { $reward } 的申請未通過：{ $reason }。積分未扣除，您現在可用 { $available } 積分。
error-reward-out = 抱歉，{ $name } 已兌完。
error-honours-empty = 本月光榮榜暫時無人上榜。
honours-notice =
    🏅 { $month } 志願者光榮榜（積分 · 小時）：
    { $roll }
    感謝每一位幫助鄰里的志願者！

points-card =
    ❤️ 您的愛心銀行餘額：{ $balance } 積分（累計獲得：{ $earned }）{ $held ->
        [0] {""}
       *[other] {"\u000A"}🎁 其中 { $held } 積分已為您申請的獎品預留，可用 { $available }
    }
    { $lines }
points-card-empty = ❤️ 您的愛心銀行餘額：{ $balance } 積分。參加任務就能獲得積分！{ $held ->
        [0] {""}
       *[other] （其中 { $held } 積分已為您申請的獎品預留，可用 { $available }。）
    }
points-line = { $date } { $points } { $kind ->
        [task] 任務
        [wish] 心願
        [event] 活動
        [award] 獎勵
        [redemption] 兌換
       *[correction] 更正
    } { $note }
btn-points-rewards = 🎁 獎品
btn-points-older = ◀️ 更早
rewards-title = 🎁 獎品：按下即可申請兌換，工作人員會在服務站發放。
rewards-empty = 目前沒有可兌換的獎品。
rewards-staff = 🎁 獎品目錄（−1/+1 調整庫存）和待處理的申請（按姓名發放）。用 /addreward 新增獎品。
reward-line = { $name } · { $cost } 積分 · 剩 { $stock } 件
reward-requested = 🎁 您申請兌換 { $reward }。這 { $cost } 積分先為您預留，發放時才扣除；您現在可用 { $available } 積分。準備好後工作人員會通知您。
reward-approved-staff = 🎁 已向 { $name } 發放 { $reward }。
reward-declined-staff = 已告知 { $name } 兌換 { $reward } 的申請未通過。
reward-ask-decline-reason = { $who }，為什麼不通過這個申請？
reward-ask-name = 🎁 新獎品。名稱是什麼？
reward-ask-cost = 需要多少積分？
reward-ask-stock = 有多少件？
reward-added = 🎁 已加入獎品目錄。
honours-staff =
    🏅 { $month } 光榮榜（積分 · 小時；僅限同意上榜的志願者）：
    { $roll }
btn-honours-publish = 📣 作為通知釋出
honours-published = 📣 光榮榜正在傳送給 { $told } 位居民。

btn-reward-yes = ✅ 確定申請
btn-reward-withdraw = ↩️ 撤回申請
reward-confirm = 🎁 用 { $cost } 積分兌換 { $reward }？您現在可用 { $available } 積分，兌換後剩 { $after }。積分先預留，發放時才扣除。
reward-not-asked = 沒有申請，積分不變。
error-reward-short = 積分不夠兌換 { $reward }：需要 { $cost } 積分，您現在可用 { $available }（餘額 { $balance }，其中 { $held } 已為申請中的獎品預留）。
reward-withdrawn = ↩️ 兌換 { $reward } 的申請已撤回。您現在可用 { $available } 積分。
reward-cancelled-staff = ↩️ { $name } 撤回了兌換 { $reward } 的申請。
reward-short-at-handover = 抱歉，您的 { $reward } 沒能發放：需要 { $cost } 積分，您現在的餘額是 { $balance }。申請已關閉，積分未扣除。
reward-now-approved = ✅ 這份申請已經發放過了。
reward-now-declined = ✖️ 這份申請已經被拒絕了。
reward-now-cancelled = ↩️ 志願者已撤回這份申請。
reward-now-short = ⚠️ 未發放：需要 { $cost } 積分，餘額現在只有 { $balance }。申請已關閉，已告知志願者。
reward-card-handed = ✅ 由 { $who } 發放。
reward-card-declined = ✖️ 由 { $who } 拒絕。
error-reward-asked-already = 您已經通過這條訊息申請了 { $reward }，請看上面的回覆。
