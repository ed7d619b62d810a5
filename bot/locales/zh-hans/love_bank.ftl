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
reward-approved = 🎁 您兑换的 { $reward } 已准备好，请到服务站领取。已使用 { $cost } 积分，当前余额 { $balance }（可用 { $available }）。
reward-declined = 您兑换 { $reward } 的申请未通过：{ $reason }。积分未扣除，您现在可用 { $available } 积分。
error-reward-out = 抱歉，{ $name } 已兑完。
error-honours-empty = 本月光荣榜暂时无人上榜。
honours-notice =
    🏅 { $month } 志愿者光荣榜（积分 · 小时）：
    { $roll }
    感谢每一位帮助邻里的志愿者！

points-card =
    ❤️ 您的爱心银行余额：{ $balance } 积分（累计获得：{ $earned }）{ $held ->
        [0] {""}
       *[other] {"\u000A"}🎁 其中 { $held } 积分已为您申请的奖品预留，可用 { $available }
    }
    { $lines }
points-card-empty = ❤️ 您的爱心银行余额：{ $balance } 积分。参加任务就能获得积分！{ $held ->
        [0] {""}
       *[other] （其中 { $held } 积分已为您申请的奖品预留，可用 { $available }。）
    }
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
reward-requested = 🎁 您申请兑换 { $reward }。这 { $cost } 积分先为您预留，发放时才扣除；您现在可用 { $available } 积分。准备好后工作人员会通知您。
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

btn-reward-yes = ✅ 确定申请
btn-reward-withdraw = ↩️ 撤回申请
reward-confirm = 🎁 用 { $cost } 积分兑换 { $reward }？您现在可用 { $available } 积分，兑换后剩 { $after }。积分先预留，发放时才扣除。
reward-not-asked = 没有申请，积分不变。
error-reward-short = 积分不够兑换 { $reward }：需要 { $cost } 积分，您现在可用 { $available }（余额 { $balance }，其中 { $held } 已为申请中的奖品预留）。
reward-withdrawn = ↩️ 兑换 { $reward } 的申请已撤回。您现在可用 { $available } 积分。
reward-cancelled-staff = ↩️ { $name } 撤回了兑换 { $reward } 的申请。
reward-short-at-handover = 抱歉，您的 { $reward } 没能发放：需要 { $cost } 积分，您现在的余额是 { $balance }。申请已关闭，积分未扣除。
reward-now-approved = ✅ 这份申请已经发放过了。
reward-now-declined = ✖️ 这份申请已经被拒绝了。
reward-now-cancelled = ↩️ 志愿者已撤回这份申请。
reward-now-short = ⚠️ 未发放：需要 { $cost } 积分，余额现在只有 { $balance }。申请已关闭，已告知志愿者。
reward-card-handed = ✅ 由 { $who } 发放。
reward-card-declined = ✖️ 由 { $who } 拒绝。
error-reward-asked-already = 您已经通过这条消息申请了 { $reward }，请看上面的回复。
