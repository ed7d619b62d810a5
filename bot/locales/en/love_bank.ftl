## The love bank (爱心银行): points, history, rewards, honours.

points-awarded =
    🎖️ You were awarded { $points } points: { $note }
    Your balance is now { $balance } points.

error-points-amount = Please give a number of points from 1 to { $most }.
error-points-kind = Those points cannot be recorded that way.
error-points-short = Not enough points: the balance is { $balance }.
error-award-note = Please say in a few words why.
error-award-self = You cannot give points to yourself.

btn-reward-approve = ✅ Hand over
btn-reward-decline = ✖️ Decline
reward-requested-staff = 🎁 { $name } asks for { $reward } ({ $cost } points; balance { $balance }).
reward-approved = 🎁 Your { $reward } is ready for you at the service station. { $cost } points were used; your balance is { $balance }.
reward-declined = Your request for { $reward } was declined: { $reason }. No points were used.
error-reward-out = Sorry, { $name } is out of stock.
error-reward-decided = This request has already been decided.
error-honours-empty = Nobody is on this month's roll yet.
honours-notice =
    🏅 Volunteer honours roll, { $month } (points · hours):
    { $roll }
    Thank you to everyone who helped our neighbours!
