# Written by `python -m scripts.zh_hant` from zh-hans/privacy.ftl: edit that file instead.
## “鄰里”儲存的個人資訊（/mydata），以及刪除（/deleteme）。

mydata-text =
    🔒 “鄰里”儲存的您的資訊：
    姓名：{ $name }
    樓棟：{ $building } · 單元：{ $unit }
    電話：{ $phone }
    語言：{ $language }
    身份：{ role-name }
mydata-requests = 您的訴求（{ $count } 條）：
mydata-no-requests = 您還沒有訴求。
mydata-footer = 只有社群工作人員能看到這些資訊，其他居民和志願者看不到。如需刪除個人資訊，請點下方按鈕或傳送 /deleteme。
role-name = { $role ->
    [volunteer] 志願者
    [staff] 社群工作人員
    [admin] 管理員
   *[resident] 居民
}
btn-erase-my-data = 🗑 刪除我的個人資訊
deleteme-ask = 確定刪除您的個人資訊嗎？您的姓名、樓棟、單元和電話將被刪除。您的訴求會保留用於社群統計，但不再包含您的姓名和內容。
btn-erase-yes = 🗑 確認刪除
btn-erase-no = 不刪除
deleteme-done = ✅ 您的個人資訊已刪除。您的訴求已保留，但不含您的姓名和內容。如需再次使用，請傳送 /start。
deleteme-kept = 👍 沒有刪除任何資訊。
