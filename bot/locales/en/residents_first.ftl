# Small kindnesses for residents.
language-set-form-goes-on = Your form is still open: answer its last question, or send /cancel to stop.
wish-what-is = 🌟 A micro-wish (微心愿) is a small thing you would like help with, such as a school bag for a grandchild, a visit, or a mended wheelchair. A volunteer or a partner organisation makes it come true; they never see your name.
