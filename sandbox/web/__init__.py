"""The sandbox: the whole bot without Telegram, in a browser, on one machine.

`python -m bot sandbox` starts the real application against the Bot API simulator on
127.0.0.1 and serves a web chat where a visitor picks who they are (residents, a staff
member, an admin, or a newcomer) and talks to the bot as on Telegram:

    runner.py   lifecycle: simulator, real bot with long polling, web server, Ctrl-C
    cast.py     the people a visitor can be, and the staff room
    demo.py     `--demo`: a believable community seeded through the real services
    web.py      the page and the JSON routes; actions.py what a visitor does in a chat;
                stream.py Server-Sent Events; view.py the JSON the page draws
    static/     the page itself: plain HTML, CSS and JS, no build step, nothing remote
"""
