## Texts about running Linli: told to admins.

backup-failed-admin = ⚠️ The nightly backup of the database could not be made: { $reason }
    Linli tries again every hour. If it keeps failing, ask whoever looks after the server to free some disk space or check the backup folder ({ $folder }).
