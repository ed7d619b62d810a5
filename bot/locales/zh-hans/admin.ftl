## 管理员：任命和移除工作人员；楼栋与诉求类别。

error-admin-only = 抱歉，只有社区管理员可以这样操作。

admin-staff-title = 👥 工作人员：{ $count } 位
admin-staff-none = 👥 还没有工作人员。请创建邀请链接发给同事。
admin-staff-line = • { $name }
btn-staff-remove = ✖️ 移除 { $name }
btn-staff-invite = ➕ 创建邀请链接
admin-remove-ask = 确定将 { $name } 移出工作人员吗？其将恢复为居民身份。其负责的诉求在转交前仍由其负责。
btn-remove-yes = ✖️ 确定移除
btn-remove-no = 不，保留
admin-removed = { $name } 已不再是工作人员。
admin-invite =
    🔗 请把这个链接发给新的工作人员。只能使用一次，7 天内有效：
    { $link }

admin-settings-title = ⚙️ 社区设置。您想修改什么？
btn-settings-buildings = 🏠 楼栋
btn-settings-categories = 🗂 诉求类别
admin-buildings = 🏠 楼栋：{ $count } 栋。点 ✖️ 可移除，已住在该楼栋的居民记录不变。
admin-buildings-none = 🏠 还没有设置楼栋，居民需自行输入楼栋名称。
btn-building-remove = ✖️ { $name }
btn-building-add = ➕ 添加楼栋
admin-building-ask = 请输入新楼栋的名称或号码。
admin-building-added = ✅ 已添加楼栋 { $name }。
admin-building-removed = 已移除楼栋 { $name }。
admin-categories = 🗂 诉求类别，以及工作人员须在几小时内首次答复：
admin-category-line = { category-name } · { $hours } 小时{ $active ->
    [yes] {""}
   *[no] {""} · 对居民隐藏
}
btn-category-hours = ⏱ { $name } · { $hours } 小时
btn-category-hide = 🙈 隐藏
btn-category-show = 👁 显示
btn-category-add = ➕ 添加类别
admin-category-ask-name = 请输入新类别的名称，例如“🚲 自行车”。
admin-category-ask-hours = “{ $name }”需要在几小时内首次答复？请输入 1 到 { $max } 之间的数字。
admin-hours-number = 请输入整数小时数，1 到 { $max } 之间。
admin-category-added = ✅ 已添加类别“{ $name }”：{ $hours } 小时内首次答复。
admin-hours-set = ⏱ “{ $name }”：{ $hours } 小时内首次答复。
admin-category-hidden = 🙈 “{ $name }”已对居民隐藏。
admin-category-shown = 👁 “{ $name }”已重新对居民显示。
