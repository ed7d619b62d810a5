# 方便居民的小改进。
language-set-form-goes-on = 您刚才填写的内容还在：请接着回答上一个问题，或发送 /cancel 不填了。
