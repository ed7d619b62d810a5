## What Linli stores about a person (/mydata), and erasing it (/deleteme).

mydata-text =
    🔒 What Linli stores about you:
    Name: { $name }
    Building: { $building } · Unit: { $unit }
    Phone: { $phone }
    Language: { $language }
    Role: { role-name }
mydata-requests = Your requests ({ $count }):
mydata-no-requests = You have no requests.
mydata-footer = Only community staff see this; other residents and volunteers never do. To erase your personal data, press the button below or send /deleteme.
role-name = { $role ->
    [volunteer] Volunteer
    [staff] Staff
    [admin] Administrator
   *[resident] Resident
}
btn-erase-my-data = 🗑 Erase my personal data
deleteme-ask = Erase your personal data? Your name, building, unit and phone number will be deleted. Your requests stay for the community's statistics, without your name or your words.
btn-erase-yes = 🗑 Yes, erase it
btn-erase-no = No, keep it
deleteme-done = ✅ Your personal data has been erased. Your requests are kept without your name or your words. If you need us again, press /start.
deleteme-kept = 👍 Nothing was erased.
