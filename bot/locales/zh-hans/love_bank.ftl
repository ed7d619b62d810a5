## 爱心银行：积分、明细、奖品、光荣榜。

points-awarded =
    🎖️ 您获得了 { $points } 积分：{ $note }
    您现在的余额是 { $balance } 积分。

error-points-amount = 请填写 1 到 { $most } 之间的积分数。
error-points-kind = 这类积分不能这样记录。
error-points-short = 积分不足：当前余额为 { $balance }。
error-award-note = 请简单说明原因。
error-award-self = 不能给自己发积分。

btn-reward-approve = ✅ 发放
btn-reward-decline = ✖️ 拒绝
reward-requested-staff = 🎁 { $name } 申请兑换 { $reward }（{ $cost } 积分；余额 { $balance }）。
reward-approved = 🎁 您兑换的 { $reward } 已准备好，请到服务站领取。已使用 { $cost } 积分，当前余额 { $balance }。
reward-declined = 您兑换 { $reward } 的申请未通过：{ $reason }。积分未扣除。
error-reward-out = 抱歉，{ $name } 已兑完。
error-reward-decided = 这份申请已经处理过了。
error-honours-empty = 本月光荣榜暂时无人上榜。
honours-notice =
    🏅 { $month } 志愿者光荣榜（积分 · 小时）：
    { $roll }
    感谢每一位帮助邻里的志愿者！
