# Written by `python -m scripts.zh_hant` from zh-hans/admin.ftl: edit that file instead.
## 管理員：任命和移除工作人員；樓棟與訴求類別。

error-admin-only = 抱歉，只有社群管理員可以這樣操作。

admin-staff-title = 👥 工作人員：{ $count } 位
admin-staff-none = 👥 還沒有工作人員。請建立邀請連結發給同事。
admin-staff-line = • { $name }
btn-staff-remove = ✖️ 移除 { $name }
btn-staff-invite = ➕ 建立邀請連結
admin-remove-ask = 確定將 { $name } 移出工作人員嗎？其將恢復為居民身份。其負責的訴求在轉交前仍由其負責。
btn-remove-yes = ✖️ 確定移除
btn-remove-no = 不，保留
admin-removed = { $name } 已不再是工作人員。
admin-invite =
    🔗 請把這個連結發給新的工作人員。只能使用一次，7 天內有效：
    { $link }

admin-settings-title = ⚙️ 社群設定。您想修改什麼？
btn-settings-buildings = 🏠 樓棟
btn-settings-categories = 🗂 訴求類別
admin-buildings = 🏠 樓棟：{ $count } 棟。點 ✖️ 可移除，已住在該樓棟的居民記錄不變。
admin-buildings-none = 🏠 還沒有設定樓棟，居民需自行輸入樓棟名稱。
btn-building-remove = ✖️ { $name }
btn-building-add = ➕ 新增樓棟
admin-building-ask = 請輸入新樓棟的名稱或號碼。
admin-building-added = ✅ 已新增樓棟 { $name }。
admin-building-removed = 已移除樓棟 { $name }。
admin-categories = 🗂 訴求類別，以及工作人員須在幾小時內首次答覆：
admin-category-line = { category-name } · { $hours } 小時{ $active ->
    [yes] {""}
   *[no] {""} · 對居民隱藏
}
btn-category-hours = ⏱ { $name } · { $hours } 小時
btn-category-hide = 🙈 隱藏
btn-category-show = 👁 顯示
btn-category-add = ➕ 新增類別
admin-category-ask-name = 請輸入新類別的名稱，例如“🚲 腳踏車”。
admin-category-ask-hours = “{ $name }”需要在幾小時內首次答覆？請輸入 1 到 { $max } 之間的數字。
admin-hours-number = 請輸入整數小時數，1 到 { $max } 之間。
admin-category-added = ✅ 已新增類別“{ $name }”：{ $hours } 小時內首次答覆。
admin-hours-set = ⏱ “{ $name }”：{ $hours } 小時內首次答覆。
admin-category-hidden = 🙈 “{ $name }”已對居民隱藏。
admin-category-shown = 👁 “{ $name }”已重新對居民顯示。
