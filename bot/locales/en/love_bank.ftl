## The love bank (爱心银行): points, history, rewards, honours.

points-awarded =
    🎖️ You were awarded { $points } points: { $note }
    Your balance is now { $balance } points.

error-points-amount = Please give a number of points from 1 to { $most }.
error-points-kind = Those points cannot be recorded that way.
error-points-short = Not enough points: the balance is { $balance }.
error-award-note = Please say in a few words why.
error-award-self = You cannot give points to yourself.
