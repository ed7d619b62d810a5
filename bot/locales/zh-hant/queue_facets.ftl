# Written by `python -m scripts.zh_hant` from zh-hans/queue_facets.ftl: edit that file instead.
# 工作人員的待辦列表：按樓棟、類別、狀態、負責人和時長篩選。
btn-q-facets = { $count ->
    [0] 🔎 篩選
   *[other] 🔎 篩選（{ $count }）
}
btn-q-facets-clear = ✖️ 清除篩選
btn-q-facets-back = ⬅️ 返回列表
q-facets-now = 🔎 僅顯示：{ $facets }
q-facets-title = 🔎 縮小範圍：選擇篩選條件。條件可以疊加，每個選項都標明剩下多少件未辦結的訴求。
q-facet-any = 不限
btn-q-facet-any-choice = 不限
q-facet-choice = { $value } · { $count }
q-facet-age = 超過 { $days } 天未辦結
btn-q-facet-b = 🏢 樓棟：{ $value }
btn-q-facet-c = 🗂 類別：{ $value }
btn-q-facet-s = 📌 狀態：{ $value }
btn-q-facet-o = 👤 負責人：{ $value }
btn-q-facet-a = ⏳ 時長：{ $value }
q-facet-ask-b = 🏢 哪棟樓？（各樓未辦結件數）
q-facet-ask-c = 🗂 哪個類別？（各類別未辦結件數）
q-facet-ask-s = 📌 哪種狀態？（各狀態未辦結件數）
q-facet-ask-o = 👤 誰負責的？（各人負責的未辦結件數）
q-facet-ask-a = ⏳ 已經多久了？（至少這麼久的未辦結件數）
