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

points-card =
    ❤️ Your love-bank balance: { $balance } points (earned in all: { $earned })
    { $lines }
points-card-empty = ❤️ Your love-bank balance: { $balance } points. Help with a task to earn some!
points-line = { $date } { $points } { $kind ->
        [task] task
        [wish] wish
        [event] event
        [award] award
        [redemption] reward
       *[correction] correction
    } { $note }
btn-points-rewards = 🎁 Rewards
btn-points-older = ◀️ Older
rewards-title = 🎁 Rewards: press one to ask for it. Staff hand it over at the service station.
rewards-empty = No rewards on offer right now.
rewards-staff = 🎁 The catalogue (−1/+1 changes the stock) and requests waiting (press a name to hand over). Add an item with /addreward.
reward-line = { $name } · { $cost } points · { $stock } left
reward-requested = 🎁 You asked for { $reward } ({ $cost } points). Staff will tell you when it is ready; the points are used only then.
reward-approved-staff = 🎁 { $reward } handed over to { $name }.
reward-declined-staff = { $name } was told the request for { $reward } was declined.
reward-ask-decline-reason = { $who }, why is the request declined?
reward-ask-name = 🎁 New reward. What is it called?
reward-ask-cost = How many points does it cost?
reward-ask-stock = How many are there?
reward-added = 🎁 Added to the catalogue.
honours-staff =
    🏅 Honours roll { $month } (points · hours; only volunteers who agreed):
    { $roll }
btn-honours-publish = 📣 Publish as a notice
honours-published = 📣 The honours roll is on its way to { $told } residents.
