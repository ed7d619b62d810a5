# Written by `python -m scripts.zh_hant` from zh-hans/operations.ftl: edit that file instead.
## 關於執行鄰里的文字：發給管理員。

backup-failed-admin = ⚠️ 每晚的資料庫自動備份這次沒能完成：{ $reason }
    鄰里每小時會再試一次。如果一直失敗，請聯絡管理伺服器的人清理磁碟空間，或檢查備份資料夾（{ $folder }）。
