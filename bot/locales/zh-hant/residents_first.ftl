# Written by `python -m scripts.zh_hant` from zh-hans/residents_first.ftl: edit that file instead.
# 方便居民的小改進。
language-set-form-goes-on = 您剛才填寫的內容還在：請接著回答上一個問題，或傳送 /cancel 不填了。
wish-what-is = 🌟 微心願，就是一件希望有人幫一把的小事，比如給孫子買個書包、有人來陪陪您、修好輪椅。志願者或共建單位會幫您實現，他們看不到您的名字。
