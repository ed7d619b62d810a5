# Written by `python -m scripts.zh_hant` from zh-hans/settings_more.ftl: edit that file instead.
# 管理員的更多設定：工作群語言，以及刪除前先確認。
btn-settings-room-language = 🌐 工作群語言
admin-room-language = 🌐 工作群目前使用{ $language }。請選擇語言：
admin-room-language-set = ✅ 工作群今後使用{ $language }。
error-unknown-language = Linli 不支援這種語言。
admin-building-remove-ask = 確定刪除 { $name } 嗎？有 { $residents } 位居民住在這裡，其中 { $open } 件訴求尚未辦結；他們的記錄會保留這棟樓，但新居民不能再選它。
btn-building-remove-sure = 🗑 確定刪除
admin-category-hide-ask = 確定對居民隱藏 { $name } 嗎？其中有 { $open } 件未辦結的訴求，仍留在待辦列表裡；居民今後提交訴求時不能再選這個類別。
btn-category-hide-sure = 🙈 確定隱藏
btn-building-grid = 🗺 網格：{ $grid }
admin-grid-ask = { $name } 屬於哪個網格？請輸入網格名稱，不屬於任何網格請輸入 -。
admin-grid-set = ✅ { $name }：網格 { $grid }。
