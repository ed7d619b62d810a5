# Written by `python -m scripts.zh_hant` from zh-hans/audit.ftl: edit that file instead.
# 工作人員和管理員的操作記錄，供管理員檢視。
audit-title = 🧾 操作記錄：共 { $count } 條，最新的在前（第 { $page } / { $pages } 頁）。
audit-empty = 🧾 操作記錄為空：還沒有記錄任何工作人員或管理員的操作。
audit-line = { $at } · { $who } · { audit-action } · { $subject }{ $change }
audit-change = ：{ $before } → { $after }
audit-action = { $action ->
    [staff_joined] 加入工作人員
    [staff_removed] 移出工作人員
    [building_added] 新增樓棟
    [building_removed] 刪除樓棟
    [building_grid] 修改樓棟網格
    [category_added] 新增類別
    [category_target] 修改類別時限
    [category_shown] 顯示或隱藏類別
    [quiet_hours] 修改免打擾時段
    [wish_points] 修改心願積分
    [stall_days] 修改心願提醒天數
    [points_awarded] 手動發放積分
    [points_corrected] 更正積分
    [data_erased] 刪除個人資訊
    [notice_sent] 傳送通知
    [notice_scheduled] 定時通知
    [notice_cancelled] 取消通知
   *[request_referred] 訴求轉交其他單位
}
audit-people = 👤 檢視誰的操作？（記錄條數）
audit-person = { $name } · { $count }
audit-export-caption = 🧾 操作記錄表格。
audit-sheet = 操作記錄
audit-col-at = 時間
audit-col-who = 操作人
audit-col-action = 操作
audit-col-subject = 物件
audit-col-before = 修改前
audit-col-after = 修改後
btn-audit-previous = ◀️ 較新
btn-audit-next = 較早 ▶️
btn-audit-people = 👤 按人員
btn-audit-everyone = 👥 全部
btn-audit-export = 📄 匯出 .xlsx
