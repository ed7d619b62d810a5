# Written by `python -m scripts.zh_hant` from zh-hans/resident_card.ftl: edit that file instead.
# 工作人員從任何提到居民的卡片開啟的居民卡片。
btn-resident-card = 👤 居民卡片
rc-head = 👤 { $name } · { $building }，{ $unit } · ☎️ { $phone }{ $telegram ->
    [no] {" "}· 不用 Telegram（由工作人員代登記，請電話聯絡）
   *[yes] { $unreachable ->
        [yes] {" "}· 已遮蔽機器人
       *[no] {""}
    }
} · 登記於 { $since }
rc-requests = 📋 訴求：{ $total } 件（{ $open } 件未辦結）
rc-wishes = 🌟 心願：{ $total } 個（{ $open } 個進行中）
rc-event = 📅 已報名：{ $title }（{ $start }）
rc-volunteer = 🙋 志願者：{ $status ->
    [approved] 在崗
    [applied] 已申請，待稽核
    [paused] 暫停中
    [declined] 申請未通過
   *[left] 已退出
} · ❤️ { $points } 分
rc-task = 🤝 已認領：{ $title }（{ $start }）
rc-open-request = { $number } · { staff-status-name }
