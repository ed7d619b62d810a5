# 管理员的更多设置：工作群语言，以及删除前先确认。
btn-settings-room-language = 🌐 工作群语言
admin-room-language = 🌐 工作群目前使用{ $language }。请选择语言：
admin-room-language-set = ✅ 工作群今后使用{ $language }。
error-unknown-language = Linli 不支持这种语言。
admin-building-remove-ask = 确定删除 { $name } 吗？有 { $residents } 位居民住在这里，其中 { $open } 件诉求尚未办结；他们的记录会保留这栋楼，但新居民不能再选它。
btn-building-remove-sure = 🗑 确定删除
admin-category-hide-ask = 确定对居民隐藏 { $name } 吗？其中有 { $open } 件未办结的诉求，仍留在待办列表里；居民今后提交诉求时不能再选这个类别。
btn-category-hide-sure = 🙈 确定隐藏
btn-building-grid = 🗺 网格：{ $grid }
admin-grid-ask = { $name } 属于哪个网格？请输入网格名称，不属于任何网格请输入 -。
admin-grid-set = ✅ { $name }：网格 { $grid }。
