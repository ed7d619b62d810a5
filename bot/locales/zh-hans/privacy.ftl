## “邻里”保存的个人信息（/mydata），以及删除（/deleteme）。

mydata-text =
    🔒 “邻里”保存的您的信息：
    姓名：{ $name }
    楼栋：{ $building } · 单元：{ $unit }
    电话：{ $phone }
    语言：{ $language }
    身份：{ role-name }
mydata-requests = 您的诉求（{ $count } 条）：
mydata-no-requests = 您还没有诉求。
mydata-footer = 只有社区工作人员能看到这些信息，其他居民和志愿者看不到。如需删除个人信息，请点下方按钮或发送 /deleteme。
role-name = { $role ->
    [volunteer] 志愿者
    [staff] 社区工作人员
    [admin] 管理员
   *[resident] 居民
}
btn-erase-my-data = 🗑 删除我的个人信息
deleteme-ask = 确定删除您的个人信息吗？您的姓名、楼栋、单元和电话将被删除。您的诉求会保留用于社区统计，但不再包含您的姓名和内容。
btn-erase-yes = 🗑 确认删除
btn-erase-no = 不删除
deleteme-done = ✅ 您的个人信息已删除。您的诉求已保留，但不含您的姓名和内容。如需再次使用，请发送 /start。
deleteme-kept = 👍 没有删除任何信息。
