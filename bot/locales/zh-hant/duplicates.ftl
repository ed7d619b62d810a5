# Written by `python -m scripts.zh_hant` from zh-hans/duplicates.ftl: edit that file instead.
# 把重複的訴求關聯到已在辦理的那一件。
btn-same-as = 🔗 與另一件訴求相同
desk-prompt-same-as = { $who }，{ $number } 和哪一件未辦結的訴求是同一件事？請輸入編號，例如 R-000031。（回覆這條訊息；/cancel 取消。）
desk-same-as-number = 請輸入訴求編號，例如 R-000031。
desk-done-same-as = 🔗 { $number } 已關聯到 { $original }。這位居民會收到 { $original } 的辦理結果。
error-duplicate-unknown = 沒有編號為 { $number } 的訴求，請重新輸入。
error-duplicate-self = 這就是 { $number } 本身，請輸入另一件訴求的編號。
error-duplicate-closed = { $number } 已經辦結，請輸入一件未辦結的訴求編號。
request-duplicate = 🔗 您的訴求 { $number } 和 { $original } 是同一件事，工作人員已經在辦。為免重複，我們把您的這件關閉了；{ $original } 辦好後會在這裡告訴您。
request-followed-resolved = ✅ 與您的訴求 { $mine } 關聯的 { $number } 已辦好：{ $text }
request-followed-referred = ↪️ 與您的訴求 { $mine } 關聯的 { $number } 不歸社群辦理，請聯絡 { $who }：{ $contact }
staff-fyi-duplicate = ℹ️ { $staff } 已把 { $number } 關聯到 { $original }（同一件事）。
