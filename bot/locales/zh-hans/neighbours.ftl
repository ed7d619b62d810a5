# 邻居的诉求：给本楼看，遇到同样问题的按“我也是”。
btn-nb-share = 🏢 给本楼邻居看
btn-nb-unshare = 🙈 不再给本楼邻居看
btn-nb-list = 🏢 本楼邻居的诉求
btn-nb-me-too = 🙋 我也是
nb-shared = 🏢 本楼邻居现在能看到 { $number }（看不到您的名字），遇到同样问题的可以说“我也是”。
nb-unshared = 🙈 { $number } 不再给本楼邻居看了。
nb-none = 🏢 本楼还没有邻居分享诉求。
nb-title = 🏢 本楼邻居分享的未办结诉求。遇到同样的问题，点开后按“我也是”：
nb-line = { $number } · { category-name } · 🙋 { $count }{ $mine ->
        [yes] {" "}✔
       *[no] {""}
    }
nb-view =
    🏢 { $number } · { category-name }
    { $text }
    🙋 已有 { $count } 户邻居遇到同样的问题。
nb-counted = 🙋 记下了。现在有 { $count } 户邻居遇到同样的问题，工作人员能看到。
nb-counted-already = 您已经说过了（共 { $count } 户）。
