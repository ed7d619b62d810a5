# Written by `python -m scripts.zh_hant` from zh-hans/neighbours.ftl: edit that file instead.
# 鄰居的訴求：給本樓看，遇到同樣問題的按“我也是”。
btn-nb-share = 🏢 給本樓鄰居看
btn-nb-unshare = 🙈 不再給本樓鄰居看
btn-nb-list = 🏢 本樓鄰居的訴求
btn-nb-me-too = 🙋 我也是
nb-shared = 🏢 本樓鄰居現在能看到 { $number }（看不到您的名字），遇到同樣問題的可以說“我也是”。
nb-unshared = 🙈 { $number } 不再給本樓鄰居看了。
nb-none = 🏢 本樓還沒有鄰居分享訴求。
nb-title = 🏢 本樓鄰居分享的未辦結訴求。遇到同樣的問題，點開後按“我也是”：
nb-line = { $number } · { category-name } · 🙋 { $count }{ $mine ->
        [yes] {" "}✔
       *[no] {""}
    }
nb-view =
    🏢 { $number } · { category-name }
    { $text }
    🙋 已有 { $count } 戶鄰居遇到同樣的問題。
nb-counted = 🙋 記下了。現在有 { $count } 戶鄰居遇到同樣的問題，工作人員能看到。
nb-counted-already = 您已經說過了（共 { $count } 戶）。
