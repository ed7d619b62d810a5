# 把重复的诉求关联到已在办理的那一件。
btn-same-as = 🔗 与另一件诉求相同
desk-prompt-same-as = { $who }，{ $number } 和哪一件未办结的诉求是同一件事？请输入编号，例如 R-000031。（回复这条消息；/cancel 取消。）
desk-same-as-number = 请输入诉求编号，例如 R-000031。
desk-done-same-as = 🔗 { $number } 已关联到 { $original }。这位居民会收到 { $original } 的办理结果。
error-duplicate-unknown = 没有编号为 { $number } 的诉求，请重新输入。
error-duplicate-self = 这就是 { $number } 本身，请输入另一件诉求的编号。
error-duplicate-closed = { $number } 已经办结，请输入一件未办结的诉求编号。
request-duplicate = 🔗 您的诉求 { $number } 和 { $original } 是同一件事，工作人员已经在办。为免重复，我们把您的这件关闭了；{ $original } 办好后会在这里告诉您。
request-followed-resolved = ✅ 与您的诉求 { $mine } 关联的 { $number } 已办好：{ $text }
request-followed-referred = ↪️ 与您的诉求 { $mine } 关联的 { $number } 不归社区办理，请联系 { $who }：{ $contact }
staff-fyi-duplicate = ℹ️ { $staff } 已把 { $number } 关联到 { $original }（同一件事）。
