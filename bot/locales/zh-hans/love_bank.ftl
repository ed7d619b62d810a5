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

points-card =
    ❤️ 您的爱心银行余额：{ $balance } 积分（累计获得：{ $earned }）
    { $lines }
points-card-empty = ❤️ 您的爱心银行余额：{ $balance } 积分。参加任务就能获得积分！
points-line = { $date } { $points } { $kind ->
        [task] 任务
        [wish] 心愿
        [event] 活动
        [award] 奖励
        [redemption] 兑换
       *[correction] 更正
    } { $note }
btn-points-rewards = 🎁 奖品
btn-points-older = ◀️ 更早
rewards-title = 🎁 奖品：按下即可申请兑换，工作人员会在服务站发放。
rewards-empty = 目前没有可兑换的奖品。
rewards-staff = 🎁 奖品目录（−1/+1 调整库存）和待处理的申请（按姓名发放）。用 /addreward 添加奖品。
reward-line = { $name } · { $cost } 积分 · 剩 { $stock } 件
reward-requested = 🎁 您申请兑换 { $reward }（{ $cost } 积分）。准备好后工作人员会通知您，届时才扣除积分。
reward-approved-staff = 🎁 已向 { $name } 发放 { $reward }。
reward-declined-staff = 已告知 { $name } 兑换 { $reward } 的申请未通过。
reward-ask-decline-reason = { $who }，为什么不通过这个申请？
reward-ask-name = 🎁 新奖品。名称是什么？
reward-ask-cost = 需要多少积分？
reward-ask-stock = 有多少件？
reward-added = 🎁 已加入奖品目录。
honours-staff =
    🏅 { $month } 光荣榜（积分 · 小时；仅限同意上榜的志愿者）：
    { $roll }
btn-honours-publish = 📣 作为通知发布
honours-published = 📣 光荣榜正在发送给 { $told } 位居民。
