# 工作人员和管理员的操作记录，供管理员查看。
audit-title = 🧾 操作记录：共 { $count } 条，最新的在前（第 { $page } / { $pages } 页）。
audit-empty = 🧾 操作记录为空：还没有记录任何工作人员或管理员的操作。
audit-line = { $at } · { $who } · { audit-action } · { $subject }{ $change }
audit-change = ：{ $before } → { $after }
audit-action = { $action ->
    [staff_joined] 加入工作人员
    [staff_removed] 移出工作人员
    [building_added] 添加楼栋
    [building_removed] 删除楼栋
    [building_grid] 修改楼栋网格
    [category_added] 添加类别
    [category_target] 修改类别时限
    [category_shown] 显示或隐藏类别
    [quiet_hours] 修改免打扰时段
    [wish_points] 修改心愿积分
    [stall_days] 修改心愿提醒天数
    [points_awarded] 手动发放积分
    [points_corrected] 更正积分
    [data_erased] 删除个人信息
    [notice_sent] 发送通知
    [notice_scheduled] 定时通知
    [notice_cancelled] 取消通知
   *[request_referred] 诉求转交其他单位
}
audit-people = 👤 查看谁的操作？（记录条数）
audit-person = { $name } · { $count }
audit-export-caption = 🧾 操作记录表格。
audit-sheet = 操作记录
audit-col-at = 时间
audit-col-who = 操作人
audit-col-action = 操作
audit-col-subject = 对象
audit-col-before = 修改前
audit-col-after = 修改后
btn-audit-previous = ◀️ 较新
btn-audit-next = 较早 ▶️
btn-audit-people = 👤 按人员
btn-audit-everyone = 👥 全部
btn-audit-export = 📄 导出 .xlsx
