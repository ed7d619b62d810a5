# Written by `python -m scripts.zh_hant` from zh-hans/residents_first.ftl: edit that file instead.
# 方便居民的小改進。
language-set-form-goes-on = 您剛才填寫的內容還在：請接著回答上一個問題，或傳送 /cancel 不填了。
