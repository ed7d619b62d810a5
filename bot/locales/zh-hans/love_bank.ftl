## 爱心银行：积分、明细、奖品、光荣榜。

points-awarded =
    🎖️ 您获得了 { $points } 积分：{ $note }
    您现在的余额是 { $balance } 积分。

error-points-amount = 请填写 1 到 { $most } 之间的积分数。
error-points-kind = 这类积分不能这样记录。
error-points-short = 积分不足：当前余额为 { $balance }。
error-award-note = 请简单说明原因。
error-award-self = 不能给自己发积分。
