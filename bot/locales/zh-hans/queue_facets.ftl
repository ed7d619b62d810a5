# 工作人员的待办列表：按楼栋、类别、状态、负责人和时长筛选。
btn-q-facets = { $count ->
    [0] 🔎 筛选
   *[other] 🔎 筛选（{ $count }）
}
btn-q-facets-clear = ✖️ 清除筛选
btn-q-facets-back = ⬅️ 返回列表
q-facets-now = 🔎 仅显示：{ $facets }
q-facets-title = 🔎 缩小范围：选择筛选条件。条件可以叠加，每个选项都标明剩下多少件未办结的诉求。
q-facet-any = 不限
btn-q-facet-any-choice = 不限
q-facet-choice = { $value } · { $count }
q-facet-age = 超过 { $days } 天未办结
btn-q-facet-b = 🏢 楼栋：{ $value }
btn-q-facet-c = 🗂 类别：{ $value }
btn-q-facet-s = 📌 状态：{ $value }
btn-q-facet-o = 👤 负责人：{ $value }
btn-q-facet-a = ⏳ 时长：{ $value }
q-facet-ask-b = 🏢 哪栋楼？（各楼未办结件数）
q-facet-ask-c = 🗂 哪个类别？（各类别未办结件数）
q-facet-ask-s = 📌 哪种状态？（各状态未办结件数）
q-facet-ask-o = 👤 谁负责的？（各人负责的未办结件数）
q-facet-ask-a = ⏳ 已经多久了？（至少这么久的未办结件数）
