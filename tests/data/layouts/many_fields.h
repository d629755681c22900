// Enough fields (about 2,500 named ones, nested and in arrays) that the parser asks clang for their offsets
// in one go (BulkOffsets) rather than field by field: gcc checks every number of that path too.
// fields: a0 in0 in0.c in0.d in0.s bits0 u0 uc0 arr0
// fields: a1 in1 in1.c in1.d in1.s bits1 u1 uc1 arr1
// fields: a2 in2 in2.c in2.d in2.s bits2 u2 uc2 arr2
// fields: a3 in3 in3.c in3.d in3.s bits3 u3 uc3 arr3
// fields: a4 in4 in4.c in4.d in4.s bits4 u4 uc4 arr4
// fields: a5 in5 in5.c in5.d in5.s bits5 u5 uc5 arr5
// fields: a6 in6 in6.c in6.d in6.s bits6 u6 uc6 arr6
// fields: a7 in7 in7.c in7.d in7.s bits7 u7 uc7 arr7
// fields: a8 in8 in8.c in8.d in8.s bits8 u8 uc8 arr8
// fields: a9 in9 in9.c in9.d in9.s bits9 u9 uc9 arr9
// fields: a10 in10 in10.c in10.d in10.s bits10 u10 uc10 arr10
// fields: a11 in11 in11.c in11.d in11.s bits11 u11 uc11 arr11
// fields: a12 in12 in12.c in12.d in12.s bits12 u12 uc12 arr12
// fields: a13 in13 in13.c in13.d in13.s bits13 u13 uc13 arr13
// fields: a14 in14 in14.c in14.d in14.s bits14 u14 uc14 arr14
// fields: a15 in15 in15.c in15.d in15.s bits15 u15 uc15 arr15
// fields: a16 in16 in16.c in16.d in16.s bits16 u16 uc16 arr16
// fields: a17 in17 in17.c in17.d in17.s bits17 u17 uc17 arr17
// fields: a18 in18 in18.c in18.d in18.s bits18 u18 uc18 arr18
// fields: a19 in19 in19.c in19.d in19.s bits19 u19 uc19 arr19
// fields: a20 in20 in20.c in20.d in20.s bits20 u20 uc20 arr20
// fields: a21 in21 in21.c in21.d in21.s bits21 u21 uc21 arr21
// fields: a22 in22 in22.c in22.d in22.s bits22 u22 uc22 arr22
// fields: a23 in23 in23.c in23.d in23.s bits23 u23 uc23 arr23
// fields: a24 in24 in24.c in24.d in24.s bits24 u24 uc24 arr24
// fields: a25 in25 in25.c in25.d in25.s bits25 u25 uc25 arr25
// fields: a26 in26 in26.c in26.d in26.s bits26 u26 uc26 arr26
// fields: a27 in27 in27.c in27.d in27.s bits27 u27 uc27 arr27
// fields: a28 in28 in28.c in28.d in28.s bits28 u28 uc28 arr28
// fields: a29 in29 in29.c in29.d in29.s bits29 u29 uc29 arr29
// fields: a30 in30 in30.c in30.d in30.s bits30 u30 uc30 arr30
// fields: a31 in31 in31.c in31.d in31.s bits31 u31 uc31 arr31
// fields: a32 in32 in32.c in32.d in32.s bits32 u32 uc32 arr32
// fields: a33 in33 in33.c in33.d in33.s bits33 u33 uc33 arr33
// fields: a34 in34 in34.c in34.d in34.s bits34 u34 uc34 arr34
// fields: a35 in35 in35.c in35.d in35.s bits35 u35 uc35 arr35
// fields: a36 in36 in36.c in36.d in36.s bits36 u36 uc36 arr36
// fields: a37 in37 in37.c in37.d in37.s bits37 u37 uc37 arr37
// fields: a38 in38 in38.c in38.d in38.s bits38 u38 uc38 arr38
// fields: a39 in39 in39.c in39.d in39.s bits39 u39 uc39 arr39
// fields: a40 in40 in40.c in40.d in40.s bits40 u40 uc40 arr40
// fields: a41 in41 in41.c in41.d in41.s bits41 u41 uc41 arr41
// fields: a42 in42 in42.c in42.d in42.s bits42 u42 uc42 arr42
// fields: a43 in43 in43.c in43.d in43.s bits43 u43 uc43 arr43
// fields: a44 in44 in44.c in44.d in44.s bits44 u44 uc44 arr44
// fields: a45 in45 in45.c in45.d in45.s bits45 u45 uc45 arr45
// fields: a46 in46 in46.c in46.d in46.s bits46 u46 uc46 arr46
// fields: a47 in47 in47.c in47.d in47.s bits47 u47 uc47 arr47
// fields: a48 in48 in48.c in48.d in48.s bits48 u48 uc48 arr48
// fields: a49 in49 in49.c in49.d in49.s bits49 u49 uc49 arr49
// fields: a50 in50 in50.c in50.d in50.s bits50 u50 uc50 arr50
// fields: a51 in51 in51.c in51.d in51.s bits51 u51 uc51 arr51
// fields: a52 in52 in52.c in52.d in52.s bits52 u52 uc52 arr52
// fields: a53 in53 in53.c in53.d in53.s bits53 u53 uc53 arr53
// fields: a54 in54 in54.c in54.d in54.s bits54 u54 uc54 arr54
// fields: a55 in55 in55.c in55.d in55.s bits55 u55 uc55 arr55
// fields: a56 in56 in56.c in56.d in56.s bits56 u56 uc56 arr56
// fields: a57 in57 in57.c in57.d in57.s bits57 u57 uc57 arr57
// fields: a58 in58 in58.c in58.d in58.s bits58 u58 uc58 arr58
// fields: a59 in59 in59.c in59.d in59.s bits59 u59 uc59 arr59
// fields: a60 in60 in60.c in60.d in60.s bits60 u60 uc60 arr60
// fields: a61 in61 in61.c in61.d in61.s bits61 u61 uc61 arr61
// fields: a62 in62 in62.c in62.d in62.s bits62 u62 uc62 arr62
// fields: a63 in63 in63.c in63.d in63.s bits63 u63 uc63 arr63
// fields: a64 in64 in64.c in64.d in64.s bits64 u64 uc64 arr64
// fields: a65 in65 in65.c in65.d in65.s bits65 u65 uc65 arr65
// fields: a66 in66 in66.c in66.d in66.s bits66 u66 uc66 arr66
// fields: a67 in67 in67.c in67.d in67.s bits67 u67 uc67 arr67
// fields: a68 in68 in68.c in68.d in68.s bits68 u68 uc68 arr68
// fields: a69 in69 in69.c in69.d in69.s bits69 u69 uc69 arr69
// fields: a70 in70 in70.c in70.d in70.s bits70 u70 uc70 arr70
// fields: a71 in71 in71.c in71.d in71.s bits71 u71 uc71 arr71
// fields: a72 in72 in72.c in72.d in72.s bits72 u72 uc72 arr72
// fields: a73 in73 in73.c in73.d in73.s bits73 u73 uc73 arr73
// fields: a74 in74 in74.c in74.d in74.s bits74 u74 uc74 arr74
// fields: a75 in75 in75.c in75.d in75.s bits75 u75 uc75 arr75
// fields: a76 in76 in76.c in76.d in76.s bits76 u76 uc76 arr76
// fields: a77 in77 in77.c in77.d in77.s bits77 u77 uc77 arr77
// fields: a78 in78 in78.c in78.d in78.s bits78 u78 uc78 arr78
// fields: a79 in79 in79.c in79.d in79.s bits79 u79 uc79 arr79
// fields: a80 in80 in80.c in80.d in80.s bits80 u80 uc80 arr80
// fields: a81 in81 in81.c in81.d in81.s bits81 u81 uc81 arr81
// fields: a82 in82 in82.c in82.d in82.s bits82 u82 uc82 arr82
// fields: a83 in83 in83.c in83.d in83.s bits83 u83 uc83 arr83
// fields: a84 in84 in84.c in84.d in84.s bits84 u84 uc84 arr84
// fields: a85 in85 in85.c in85.d in85.s bits85 u85 uc85 arr85
// fields: a86 in86 in86.c in86.d in86.s bits86 u86 uc86 arr86
// fields: a87 in87 in87.c in87.d in87.s bits87 u87 uc87 arr87
// fields: a88 in88 in88.c in88.d in88.s bits88 u88 uc88 arr88
// fields: a89 in89 in89.c in89.d in89.s bits89 u89 uc89 arr89
// fields: a90 in90 in90.c in90.d in90.s bits90 u90 uc90 arr90
// fields: a91 in91 in91.c in91.d in91.s bits91 u91 uc91 arr91
// fields: a92 in92 in92.c in92.d in92.s bits92 u92 uc92 arr92
// fields: a93 in93 in93.c in93.d in93.s bits93 u93 uc93 arr93
// fields: a94 in94 in94.c in94.d in94.s bits94 u94 uc94 arr94
// fields: a95 in95 in95.c in95.d in95.s bits95 u95 uc95 arr95
// fields: a96 in96 in96.c in96.d in96.s bits96 u96 uc96 arr96
// fields: a97 in97 in97.c in97.d in97.s bits97 u97 uc97 arr97
// fields: a98 in98 in98.c in98.d in98.s bits98 u98 uc98 arr98
// fields: a99 in99 in99.c in99.d in99.s bits99 u99 uc99 arr99
// fields: a100 in100 in100.c in100.d in100.s bits100 u100 uc100 arr100
// fields: a101 in101 in101.c in101.d in101.s bits101 u101 uc101 arr101
// fields: a102 in102 in102.c in102.d in102.s bits102 u102 uc102 arr102
// fields: a103 in103 in103.c in103.d in103.s bits103 u103 uc103 arr103
// fields: a104 in104 in104.c in104.d in104.s bits104 u104 uc104 arr104
// fields: a105 in105 in105.c in105.d in105.s bits105 u105 uc105 arr105
// fields: a106 in106 in106.c in106.d in106.s bits106 u106 uc106 arr106
// fields: a107 in107 in107.c in107.d in107.s bits107 u107 uc107 arr107
// fields: a108 in108 in108.c in108.d in108.s bits108 u108 uc108 arr108
// fields: a109 in109 in109.c in109.d in109.s bits109 u109 uc109 arr109
// fields: a110 in110 in110.c in110.d in110.s bits110 u110 uc110 arr110
// fields: a111 in111 in111.c in111.d in111.s bits111 u111 uc111 arr111
// fields: a112 in112 in112.c in112.d in112.s bits112 u112 uc112 arr112
// fields: a113 in113 in113.c in113.d in113.s bits113 u113 uc113 arr113
// fields: a114 in114 in114.c in114.d in114.s bits114 u114 uc114 arr114
// fields: a115 in115 in115.c in115.d in115.s bits115 u115 uc115 arr115
// fields: a116 in116 in116.c in116.d in116.s bits116 u116 uc116 arr116
// fields: a117 in117 in117.c in117.d in117.s bits117 u117 uc117 arr117
// fields: a118 in118 in118.c in118.d in118.s bits118 u118 uc118 arr118
// fields: a119 in119 in119.c in119.d in119.s bits119 u119 uc119 arr119
// fields: a120 in120 in120.c in120.d in120.s bits120 u120 uc120 arr120
// fields: a121 in121 in121.c in121.d in121.s bits121 u121 uc121 arr121
// fields: a122 in122 in122.c in122.d in122.s bits122 u122 uc122 arr122
// fields: a123 in123 in123.c in123.d in123.s bits123 u123 uc123 arr123
// fields: a124 in124 in124.c in124.d in124.s bits124 u124 uc124 arr124
// fields: a125 in125 in125.c in125.d in125.s bits125 u125 uc125 arr125
// fields: a126 in126 in126.c in126.d in126.s bits126 u126 uc126 arr126
// fields: a127 in127 in127.c in127.d in127.s bits127 u127 uc127 arr127
// fields: a128 in128 in128.c in128.d in128.s bits128 u128 uc128 arr128
// fields: a129 in129 in129.c in129.d in129.s bits129 u129 uc129 arr129
// fields: a130 in130 in130.c in130.d in130.s bits130 u130 uc130 arr130
// fields: a131 in131 in131.c in131.d in131.s bits131 u131 uc131 arr131
// fields: a132 in132 in132.c in132.d in132.s bits132 u132 uc132 arr132
// fields: a133 in133 in133.c in133.d in133.s bits133 u133 uc133 arr133
// fields: a134 in134 in134.c in134.d in134.s bits134 u134 uc134 arr134
// fields: a135 in135 in135.c in135.d in135.s bits135 u135 uc135 arr135
// fields: a136 in136 in136.c in136.d in136.s bits136 u136 uc136 arr136
// fields: a137 in137 in137.c in137.d in137.s bits137 u137 uc137 arr137
// fields: a138 in138 in138.c in138.d in138.s bits138 u138 uc138 arr138
// fields: a139 in139 in139.c in139.d in139.s bits139 u139 uc139 arr139
// fields: a140 in140 in140.c in140.d in140.s bits140 u140 uc140 arr140
// fields: a141 in141 in141.c in141.d in141.s bits141 u141 uc141 arr141
// fields: a142 in142 in142.c in142.d in142.s bits142 u142 uc142 arr142
// fields: a143 in143 in143.c in143.d in143.s bits143 u143 uc143 arr143
// fields: a144 in144 in144.c in144.d in144.s bits144 u144 uc144 arr144
// fields: a145 in145 in145.c in145.d in145.s bits145 u145 uc145 arr145
// fields: a146 in146 in146.c in146.d in146.s bits146 u146 uc146 arr146
// fields: a147 in147 in147.c in147.d in147.s bits147 u147 uc147 arr147
// fields: a148 in148 in148.c in148.d in148.s bits148 u148 uc148 arr148
// fields: a149 in149 in149.c in149.d in149.s bits149 u149 uc149 arr149
// fields: a150 in150 in150.c in150.d in150.s bits150 u150 uc150 arr150
// fields: a151 in151 in151.c in151.d in151.s bits151 u151 uc151 arr151
// fields: a152 in152 in152.c in152.d in152.s bits152 u152 uc152 arr152
// fields: a153 in153 in153.c in153.d in153.s bits153 u153 uc153 arr153
// fields: a154 in154 in154.c in154.d in154.s bits154 u154 uc154 arr154
// fields: a155 in155 in155.c in155.d in155.s bits155 u155 uc155 arr155
// fields: a156 in156 in156.c in156.d in156.s bits156 u156 uc156 arr156
// fields: a157 in157 in157.c in157.d in157.s bits157 u157 uc157 arr157
// fields: a158 in158 in158.c in158.d in158.s bits158 u158 uc158 arr158
// fields: a159 in159 in159.c in159.d in159.s bits159 u159 uc159 arr159
// fields: a160 in160 in160.c in160.d in160.s bits160 u160 uc160 arr160
// fields: a161 in161 in161.c in161.d in161.s bits161 u161 uc161 arr161
// fields: a162 in162 in162.c in162.d in162.s bits162 u162 uc162 arr162
// fields: a163 in163 in163.c in163.d in163.s bits163 u163 uc163 arr163
// fields: a164 in164 in164.c in164.d in164.s bits164 u164 uc164 arr164
// fields: a165 in165 in165.c in165.d in165.s bits165 u165 uc165 arr165
// fields: a166 in166 in166.c in166.d in166.s bits166 u166 uc166 arr166
// fields: a167 in167 in167.c in167.d in167.s bits167 u167 uc167 arr167
// fields: a168 in168 in168.c in168.d in168.s bits168 u168 uc168 arr168
// fields: a169 in169 in169.c in169.d in169.s bits169 u169 uc169 arr169
// fields: a170 in170 in170.c in170.d in170.s bits170 u170 uc170 arr170
// fields: a171 in171 in171.c in171.d in171.s bits171 u171 uc171 arr171
// fields: a172 in172 in172.c in172.d in172.s bits172 u172 uc172 arr172
// fields: a173 in173 in173.c in173.d in173.s bits173 u173 uc173 arr173
// fields: a174 in174 in174.c in174.d in174.s bits174 u174 uc174 arr174
// fields: a175 in175 in175.c in175.d in175.s bits175 u175 uc175 arr175
// fields: a176 in176 in176.c in176.d in176.s bits176 u176 uc176 arr176
// fields: a177 in177 in177.c in177.d in177.s bits177 u177 uc177 arr177
// fields: a178 in178 in178.c in178.d in178.s bits178 u178 uc178 arr178
// fields: a179 in179 in179.c in179.d in179.s bits179 u179 uc179 arr179
// fields: a180 in180 in180.c in180.d in180.s bits180 u180 uc180 arr180
// fields: a181 in181 in181.c in181.d in181.s bits181 u181 uc181 arr181
// fields: a182 in182 in182.c in182.d in182.s bits182 u182 uc182 arr182
// fields: a183 in183 in183.c in183.d in183.s bits183 u183 uc183 arr183
// fields: a184 in184 in184.c in184.d in184.s bits184 u184 uc184 arr184
// fields: a185 in185 in185.c in185.d in185.s bits185 u185 uc185 arr185
// fields: a186 in186 in186.c in186.d in186.s bits186 u186 uc186 arr186
// fields: a187 in187 in187.c in187.d in187.s bits187 u187 uc187 arr187
// fields: a188 in188 in188.c in188.d in188.s bits188 u188 uc188 arr188
// fields: a189 in189 in189.c in189.d in189.s bits189 u189 uc189 arr189
// fields: a190 in190 in190.c in190.d in190.s bits190 u190 uc190 arr190
// fields: a191 in191 in191.c in191.d in191.s bits191 u191 uc191 arr191
// fields: a192 in192 in192.c in192.d in192.s bits192 u192 uc192 arr192
// fields: a193 in193 in193.c in193.d in193.s bits193 u193 uc193 arr193
// fields: a194 in194 in194.c in194.d in194.s bits194 u194 uc194 arr194
// fields: a195 in195 in195.c in195.d in195.s bits195 u195 uc195 arr195
// fields: a196 in196 in196.c in196.d in196.s bits196 u196 uc196 arr196
// fields: a197 in197 in197.c in197.d in197.s bits197 u197 uc197 arr197
// fields: a198 in198 in198.c in198.d in198.s bits198 u198 uc198 arr198
// fields: a199 in199 in199.c in199.d in199.s bits199 u199 uc199 arr199
// fields: a200 in200 in200.c in200.d in200.s bits200 u200 uc200 arr200
// fields: a201 in201 in201.c in201.d in201.s bits201 u201 uc201 arr201
// fields: a202 in202 in202.c in202.d in202.s bits202 u202 uc202 arr202
// fields: a203 in203 in203.c in203.d in203.s bits203 u203 uc203 arr203
// fields: a204 in204 in204.c in204.d in204.s bits204 u204 uc204 arr204
// fields: a205 in205 in205.c in205.d in205.s bits205 u205 uc205 arr205
// fields: a206 in206 in206.c in206.d in206.s bits206 u206 uc206 arr206
// fields: a207 in207 in207.c in207.d in207.s bits207 u207 uc207 arr207
// fields: a208 in208 in208.c in208.d in208.s bits208 u208 uc208 arr208
// fields: a209 in209 in209.c in209.d in209.s bits209 u209 uc209 arr209
// fields: a210 in210 in210.c in210.d in210.s bits210 u210 uc210 arr210
// fields: a211 in211 in211.c in211.d in211.s bits211 u211 uc211 arr211
// fields: a212 in212 in212.c in212.d in212.s bits212 u212 uc212 arr212
// fields: a213 in213 in213.c in213.d in213.s bits213 u213 uc213 arr213
// fields: a214 in214 in214.c in214.d in214.s bits214 u214 uc214 arr214
// fields: a215 in215 in215.c in215.d in215.s bits215 u215 uc215 arr215
// fields: a216 in216 in216.c in216.d in216.s bits216 u216 uc216 arr216
// fields: a217 in217 in217.c in217.d in217.s bits217 u217 uc217 arr217
// fields: a218 in218 in218.c in218.d in218.s bits218 u218 uc218 arr218
// fields: a219 in219 in219.c in219.d in219.s bits219 u219 uc219 arr219
// fields: a220 in220 in220.c in220.d in220.s bits220 u220 uc220 arr220
// fields: a221 in221 in221.c in221.d in221.s bits221 u221 uc221 arr221
// fields: a222 in222 in222.c in222.d in222.s bits222 u222 uc222 arr222
// fields: a223 in223 in223.c in223.d in223.s bits223 u223 uc223 arr223
// fields: a224 in224 in224.c in224.d in224.s bits224 u224 uc224 arr224
// fields: a225 in225 in225.c in225.d in225.s bits225 u225 uc225 arr225
// fields: a226 in226 in226.c in226.d in226.s bits226 u226 uc226 arr226
// fields: a227 in227 in227.c in227.d in227.s bits227 u227 uc227 arr227
// fields: a228 in228 in228.c in228.d in228.s bits228 u228 uc228 arr228
// fields: a229 in229 in229.c in229.d in229.s bits229 u229 uc229 arr229
// fields: a230 in230 in230.c in230.d in230.s bits230 u230 uc230 arr230
// fields: a231 in231 in231.c in231.d in231.s bits231 u231 uc231 arr231
// fields: a232 in232 in232.c in232.d in232.s bits232 u232 uc232 arr232
// fields: a233 in233 in233.c in233.d in233.s bits233 u233 uc233 arr233
// fields: a234 in234 in234.c in234.d in234.s bits234 u234 uc234 arr234
// fields: a235 in235 in235.c in235.d in235.s bits235 u235 uc235 arr235
// fields: a236 in236 in236.c in236.d in236.s bits236 u236 uc236 arr236
// fields: a237 in237 in237.c in237.d in237.s bits237 u237 uc237 arr237
// fields: a238 in238 in238.c in238.d in238.s bits238 u238 uc238 arr238
// fields: a239 in239 in239.c in239.d in239.s bits239 u239 uc239 arr239
// fields: a240 in240 in240.c in240.d in240.s bits240 u240 uc240 arr240
// fields: a241 in241 in241.c in241.d in241.s bits241 u241 uc241 arr241
// fields: a242 in242 in242.c in242.d in242.s bits242 u242 uc242 arr242
// fields: a243 in243 in243.c in243.d in243.s bits243 u243 uc243 arr243
// fields: a244 in244 in244.c in244.d in244.s bits244 u244 uc244 arr244
// fields: a245 in245 in245.c in245.d in245.s bits245 u245 uc245 arr245
// fields: a246 in246 in246.c in246.d in246.s bits246 u246 uc246 arr246
// fields: a247 in247 in247.c in247.d in247.s bits247 u247 uc247 arr247
// fields: a248 in248 in248.c in248.d in248.s bits248 u248 uc248 arr248
// fields: a249 in249 in249.c in249.d in249.s bits249 u249 uc249 arr249
// fields: a250 in250 in250.c in250.d in250.s bits250 u250 uc250 arr250
// fields: a251 in251 in251.c in251.d in251.s bits251 u251 uc251 arr251
// fields: a252 in252 in252.c in252.d in252.s bits252 u252 uc252 arr252
// fields: a253 in253 in253.c in253.d in253.s bits253 u253 uc253 arr253
// fields: a254 in254 in254.c in254.d in254.s bits254 u254 uc254 arr254
// fields: a255 in255 in255.c in255.d in255.s bits255 u255 uc255 arr255
// fields: a256 in256 in256.c in256.d in256.s bits256 u256 uc256 arr256
// fields: a257 in257 in257.c in257.d in257.s bits257 u257 uc257 arr257
// fields: a258 in258 in258.c in258.d in258.s bits258 u258 uc258 arr258
// fields: a259 in259 in259.c in259.d in259.s bits259 u259 uc259 arr259
// fields: a260 in260 in260.c in260.d in260.s bits260 u260 uc260 arr260
// fields: a261 in261 in261.c in261.d in261.s bits261 u261 uc261 arr261
// fields: a262 in262 in262.c in262.d in262.s bits262 u262 uc262 arr262
// fields: a263 in263 in263.c in263.d in263.s bits263 u263 uc263 arr263
// fields: a264 in264 in264.c in264.d in264.s bits264 u264 uc264 arr264
// fields: a265 in265 in265.c in265.d in265.s bits265 u265 uc265 arr265
// fields: a266 in266 in266.c in266.d in266.s bits266 u266 uc266 arr266
// fields: a267 in267 in267.c in267.d in267.s bits267 u267 uc267 arr267
// fields: a268 in268 in268.c in268.d in268.s bits268 u268 uc268 arr268
// fields: a269 in269 in269.c in269.d in269.s bits269 u269 uc269 arr269
// fields: a270 in270 in270.c in270.d in270.s bits270 u270 uc270 arr270
// fields: a271 in271 in271.c in271.d in271.s bits271 u271 uc271 arr271
// fields: a272 in272 in272.c in272.d in272.s bits272 u272 uc272 arr272
// fields: a273 in273 in273.c in273.d in273.s bits273 u273 uc273 arr273
// fields: a274 in274 in274.c in274.d in274.s bits274 u274 uc274 arr274
// fields: a275 in275 in275.c in275.d in275.s bits275 u275 uc275 arr275
// fields: a276 in276 in276.c in276.d in276.s bits276 u276 uc276 arr276
// fields: a277 in277 in277.c in277.d in277.s bits277 u277 uc277 arr277
// fields: a278 in278 in278.c in278.d in278.s bits278 u278 uc278 arr278
// fields: a279 in279 in279.c in279.d in279.s bits279 u279 uc279 arr279
// fields: a280 in280 in280.c in280.d in280.s bits280 u280 uc280 arr280
// fields: a281 in281 in281.c in281.d in281.s bits281 u281 uc281 arr281
// fields: a282 in282 in282.c in282.d in282.s bits282 u282 uc282 arr282
// fields: a283 in283 in283.c in283.d in283.s bits283 u283 uc283 arr283
// fields: a284 in284 in284.c in284.d in284.s bits284 u284 uc284 arr284
// fields: a285 in285 in285.c in285.d in285.s bits285 u285 uc285 arr285
// fields: a286 in286 in286.c in286.d in286.s bits286 u286 uc286 arr286
// fields: a287 in287 in287.c in287.d in287.s bits287 u287 uc287 arr287
// fields: a288 in288 in288.c in288.d in288.s bits288 u288 uc288 arr288
// fields: a289 in289 in289.c in289.d in289.s bits289 u289 uc289 arr289
// fields: a290 in290 in290.c in290.d in290.s bits290 u290 uc290 arr290
// fields: a291 in291 in291.c in291.d in291.s bits291 u291 uc291 arr291
// fields: a292 in292 in292.c in292.d in292.s bits292 u292 uc292 arr292
// fields: a293 in293 in293.c in293.d in293.s bits293 u293 uc293 arr293
// fields: a294 in294 in294.c in294.d in294.s bits294 u294 uc294 arr294
// fields: a295 in295 in295.c in295.d in295.s bits295 u295 uc295 arr295
// fields: a296 in296 in296.c in296.d in296.s bits296 u296 uc296 arr296
// fields: a297 in297 in297.c in297.d in297.s bits297 u297 uc297 arr297
// fields: a298 in298 in298.c in298.d in298.s bits298 u298 uc298 arr298
// fields: a299 in299 in299.c in299.d in299.s bits299 u299 uc299 arr299
// fields: a300 in300 in300.c in300.d in300.s bits300 u300 uc300 arr300
// fields: a301 in301 in301.c in301.d in301.s bits301 u301 uc301 arr301
// fields: a302 in302 in302.c in302.d in302.s bits302 u302 uc302 arr302
// fields: a303 in303 in303.c in303.d in303.s bits303 u303 uc303 arr303
// fields: a304 in304 in304.c in304.d in304.s bits304 u304 uc304 arr304
// fields: a305 in305 in305.c in305.d in305.s bits305 u305 uc305 arr305
// fields: a306 in306 in306.c in306.d in306.s bits306 u306 uc306 arr306
// fields: a307 in307 in307.c in307.d in307.s bits307 u307 uc307 arr307
// fields: a308 in308 in308.c in308.d in308.s bits308 u308 uc308 arr308
// fields: a309 in309 in309.c in309.d in309.s bits309 u309 uc309 arr309
// fields: a310 in310 in310.c in310.d in310.s bits310 u310 uc310 arr310
// fields: a311 in311 in311.c in311.d in311.s bits311 u311 uc311 arr311
// fields: a312 in312 in312.c in312.d in312.s bits312 u312 uc312 arr312
// fields: a313 in313 in313.c in313.d in313.s bits313 u313 uc313 arr313
// fields: a314 in314 in314.c in314.d in314.s bits314 u314 uc314 arr314
// fields: a315 in315 in315.c in315.d in315.s bits315 u315 uc315 arr315
// fields: a316 in316 in316.c in316.d in316.s bits316 u316 uc316 arr316
// fields: a317 in317 in317.c in317.d in317.s bits317 u317 uc317 arr317
// fields: a318 in318 in318.c in318.d in318.s bits318 u318 uc318 arr318
// fields: a319 in319 in319.c in319.d in319.s bits319 u319 uc319 arr319
// fields: a320 in320 in320.c in320.d in320.s bits320 u320 uc320 arr320
// fields: a321 in321 in321.c in321.d in321.s bits321 u321 uc321 arr321
// fields: a322 in322 in322.c in322.d in322.s bits322 u322 uc322 arr322
// fields: a323 in323 in323.c in323.d in323.s bits323 u323 uc323 arr323
// fields: a324 in324 in324.c in324.d in324.s bits324 u324 uc324 arr324
// fields: a325 in325 in325.c in325.d in325.s bits325 u325 uc325 arr325
// fields: a326 in326 in326.c in326.d in326.s bits326 u326 uc326 arr326
// fields: a327 in327 in327.c in327.d in327.s bits327 u327 uc327 arr327
// fields: a328 in328 in328.c in328.d in328.s bits328 u328 uc328 arr328
// fields: a329 in329 in329.c in329.d in329.s bits329 u329 uc329 arr329
// fields: a330 in330 in330.c in330.d in330.s bits330 u330 uc330 arr330
// fields: a331 in331 in331.c in331.d in331.s bits331 u331 uc331 arr331
// fields: a332 in332 in332.c in332.d in332.s bits332 u332 uc332 arr332
// fields: a333 in333 in333.c in333.d in333.s bits333 u333 uc333 arr333
// fields: a334 in334 in334.c in334.d in334.s bits334 u334 uc334 arr334
// fields: a335 in335 in335.c in335.d in335.s bits335 u335 uc335 arr335
// fields: a336 in336 in336.c in336.d in336.s bits336 u336 uc336 arr336
// fields: a337 in337 in337.c in337.d in337.s bits337 u337 uc337 arr337
// fields: a338 in338 in338.c in338.d in338.s bits338 u338 uc338 arr338
// fields: a339 in339 in339.c in339.d in339.s bits339 u339 uc339 arr339
// fields: a340 in340 in340.c in340.d in340.s bits340 u340 uc340 arr340
// fields: a341 in341 in341.c in341.d in341.s bits341 u341 uc341 arr341
// fields: a342 in342 in342.c in342.d in342.s bits342 u342 uc342 arr342
// fields: a343 in343 in343.c in343.d in343.s bits343 u343 uc343 arr343
// fields: a344 in344 in344.c in344.d in344.s bits344 u344 uc344 arr344
// fields: a345 in345 in345.c in345.d in345.s bits345 u345 uc345 arr345
// fields: a346 in346 in346.c in346.d in346.s bits346 u346 uc346 arr346
// fields: a347 in347 in347.c in347.d in347.s bits347 u347 uc347 arr347
// fields: a348 in348 in348.c in348.d in348.s bits348 u348 uc348 arr348
// fields: a349 in349 in349.c in349.d in349.s bits349 u349 uc349 arr349
// fields: a350 in350 in350.c in350.d in350.s bits350 u350 uc350 arr350
// fields: a351 in351 in351.c in351.d in351.s bits351 u351 uc351 arr351
// fields: a352 in352 in352.c in352.d in352.s bits352 u352 uc352 arr352
// fields: a353 in353 in353.c in353.d in353.s bits353 u353 uc353 arr353
// fields: a354 in354 in354.c in354.d in354.s bits354 u354 uc354 arr354
// fields: a355 in355 in355.c in355.d in355.s bits355 u355 uc355 arr355
// fields: a356 in356 in356.c in356.d in356.s bits356 u356 uc356 arr356
// fields: a357 in357 in357.c in357.d in357.s bits357 u357 uc357 arr357
// fields: a358 in358 in358.c in358.d in358.s bits358 u358 uc358 arr358
// fields: a359 in359 in359.c in359.d in359.s bits359 u359 uc359 arr359
// fields: a360 in360 in360.c in360.d in360.s bits360 u360 uc360 arr360
// fields: a361 in361 in361.c in361.d in361.s bits361 u361 uc361 arr361
// fields: a362 in362 in362.c in362.d in362.s bits362 u362 uc362 arr362
// fields: a363 in363 in363.c in363.d in363.s bits363 u363 uc363 arr363
// fields: a364 in364 in364.c in364.d in364.s bits364 u364 uc364 arr364
// fields: a365 in365 in365.c in365.d in365.s bits365 u365 uc365 arr365
// fields: a366 in366 in366.c in366.d in366.s bits366 u366 uc366 arr366
// fields: a367 in367 in367.c in367.d in367.s bits367 u367 uc367 arr367
// fields: a368 in368 in368.c in368.d in368.s bits368 u368 uc368 arr368
// fields: a369 in369 in369.c in369.d in369.s bits369 u369 uc369 arr369
// fields: a370 in370 in370.c in370.d in370.s bits370 u370 uc370 arr370
// fields: a371 in371 in371.c in371.d in371.s bits371 u371 uc371 arr371
// fields: a372 in372 in372.c in372.d in372.s bits372 u372 uc372 arr372
// fields: a373 in373 in373.c in373.d in373.s bits373 u373 uc373 arr373
// fields: a374 in374 in374.c in374.d in374.s bits374 u374 uc374 arr374
// fields: a375 in375 in375.c in375.d in375.s bits375 u375 uc375 arr375
// fields: a376 in376 in376.c in376.d in376.s bits376 u376 uc376 arr376
// fields: a377 in377 in377.c in377.d in377.s bits377 u377 uc377 arr377
// fields: a378 in378 in378.c in378.d in378.s bits378 u378 uc378 arr378
// fields: a379 in379 in379.c in379.d in379.s bits379 u379 uc379 arr379
// fields: a380 in380 in380.c in380.d in380.s bits380 u380 uc380 arr380
// fields: a381 in381 in381.c in381.d in381.s bits381 u381 uc381 arr381
// fields: a382 in382 in382.c in382.d in382.s bits382 u382 uc382 arr382
// fields: a383 in383 in383.c in383.d in383.s bits383 u383 uc383 arr383
// fields: a384 in384 in384.c in384.d in384.s bits384 u384 uc384 arr384
// fields: a385 in385 in385.c in385.d in385.s bits385 u385 uc385 arr385
// fields: a386 in386 in386.c in386.d in386.s bits386 u386 uc386 arr386
// fields: a387 in387 in387.c in387.d in387.s bits387 u387 uc387 arr387
// fields: a388 in388 in388.c in388.d in388.s bits388 u388 uc388 arr388
// fields: a389 in389 in389.c in389.d in389.s bits389 u389 uc389 arr389
// fields: a390 in390 in390.c in390.d in390.s bits390 u390 uc390 arr390
// fields: a391 in391 in391.c in391.d in391.s bits391 u391 uc391 arr391
// fields: a392 in392 in392.c in392.d in392.s bits392 u392 uc392 arr392
// fields: a393 in393 in393.c in393.d in393.s bits393 u393 uc393 arr393
// fields: a394 in394 in394.c in394.d in394.s bits394 u394 uc394 arr394
// fields: a395 in395 in395.c in395.d in395.s bits395 u395 uc395 arr395
// fields: a396 in396 in396.c in396.d in396.s bits396 u396 uc396 arr396
// fields: a397 in397 in397.c in397.d in397.s bits397 u397 uc397 arr397
// fields: a398 in398 in398.c in398.d in398.s bits398 u398 uc398 arr398
// fields: a399 in399 in399.c in399.d in399.s bits399 u399 uc399 arr399
// fields: a400 in400 in400.c in400.d in400.s bits400 u400 uc400 arr400
// fields: a401 in401 in401.c in401.d in401.s bits401 u401 uc401 arr401
// fields: a402 in402 in402.c in402.d in402.s bits402 u402 uc402 arr402
// fields: a403 in403 in403.c in403.d in403.s bits403 u403 uc403 arr403
// fields: a404 in404 in404.c in404.d in404.s bits404 u404 uc404 arr404
// fields: a405 in405 in405.c in405.d in405.s bits405 u405 uc405 arr405
// fields: a406 in406 in406.c in406.d in406.s bits406 u406 uc406 arr406
// fields: a407 in407 in407.c in407.d in407.s bits407 u407 uc407 arr407
// fields: a408 in408 in408.c in408.d in408.s bits408 u408 uc408 arr408
// fields: a409 in409 in409.c in409.d in409.s bits409 u409 uc409 arr409
// fields: a410 in410 in410.c in410.d in410.s bits410 u410 uc410 arr410
// fields: a411 in411 in411.c in411.d in411.s bits411 u411 uc411 arr411
// fields: a412 in412 in412.c in412.d in412.s bits412 u412 uc412 arr412
// fields: a413 in413 in413.c in413.d in413.s bits413 u413 uc413 arr413
// fields: a414 in414 in414.c in414.d in414.s bits414 u414 uc414 arr414
// fields: a415 in415 in415.c in415.d in415.s bits415 u415 uc415 arr415
// fields: a416 in416 in416.c in416.d in416.s bits416 u416 uc416 arr416
// fields: a417 in417 in417.c in417.d in417.s bits417 u417 uc417 arr417
// fields: a418 in418 in418.c in418.d in418.s bits418 u418 uc418 arr418
// fields: a419 in419 in419.c in419.d in419.s bits419 u419 uc419 arr419
// fields: a420 in420 in420.c in420.d in420.s bits420 u420 uc420 arr420
// fields: a421 in421 in421.c in421.d in421.s bits421 u421 uc421 arr421
// fields: a422 in422 in422.c in422.d in422.s bits422 u422 uc422 arr422
// fields: a423 in423 in423.c in423.d in423.s bits423 u423 uc423 arr423
// fields: a424 in424 in424.c in424.d in424.s bits424 u424 uc424 arr424
// fields: a425 in425 in425.c in425.d in425.s bits425 u425 uc425 arr425
// fields: a426 in426 in426.c in426.d in426.s bits426 u426 uc426 arr426
// fields: a427 in427 in427.c in427.d in427.s bits427 u427 uc427 arr427
// fields: a428 in428 in428.c in428.d in428.s bits428 u428 uc428 arr428
// fields: a429 in429 in429.c in429.d in429.s bits429 u429 uc429 arr429
// fields: a430 in430 in430.c in430.d in430.s bits430 u430 uc430 arr430
// fields: a431 in431 in431.c in431.d in431.s bits431 u431 uc431 arr431
// fields: a432 in432 in432.c in432.d in432.s bits432 u432 uc432 arr432
// fields: a433 in433 in433.c in433.d in433.s bits433 u433 uc433 arr433
// fields: a434 in434 in434.c in434.d in434.s bits434 u434 uc434 arr434
// fields: a435 in435 in435.c in435.d in435.s bits435 u435 uc435 arr435
// fields: a436 in436 in436.c in436.d in436.s bits436 u436 uc436 arr436
// fields: a437 in437 in437.c in437.d in437.s bits437 u437 uc437 arr437
// fields: a438 in438 in438.c in438.d in438.s bits438 u438 uc438 arr438
// fields: a439 in439 in439.c in439.d in439.s bits439 u439 uc439 arr439
// fields: a440 in440 in440.c in440.d in440.s bits440 u440 uc440 arr440
// fields: a441 in441 in441.c in441.d in441.s bits441 u441 uc441 arr441
// fields: a442 in442 in442.c in442.d in442.s bits442 u442 uc442 arr442
// fields: a443 in443 in443.c in443.d in443.s bits443 u443 uc443 arr443
// fields: a444 in444 in444.c in444.d in444.s bits444 u444 uc444 arr444
// fields: a445 in445 in445.c in445.d in445.s bits445 u445 uc445 arr445
// fields: a446 in446 in446.c in446.d in446.s bits446 u446 uc446 arr446
// fields: a447 in447 in447.c in447.d in447.s bits447 u447 uc447 arr447
// fields: a448 in448 in448.c in448.d in448.s bits448 u448 uc448 arr448
// fields: a449 in449 in449.c in449.d in449.s bits449 u449 uc449 arr449
// fields: a450 in450 in450.c in450.d in450.s bits450 u450 uc450 arr450
// fields: a451 in451 in451.c in451.d in451.s bits451 u451 uc451 arr451
// fields: a452 in452 in452.c in452.d in452.s bits452 u452 uc452 arr452
// fields: a453 in453 in453.c in453.d in453.s bits453 u453 uc453 arr453
// fields: a454 in454 in454.c in454.d in454.s bits454 u454 uc454 arr454
// fields: a455 in455 in455.c in455.d in455.s bits455 u455 uc455 arr455
// fields: a456 in456 in456.c in456.d in456.s bits456 u456 uc456 arr456
// fields: a457 in457 in457.c in457.d in457.s bits457 u457 uc457 arr457
// fields: a458 in458 in458.c in458.d in458.s bits458 u458 uc458 arr458
// fields: a459 in459 in459.c in459.d in459.s bits459 u459 uc459 arr459
// fields: a460 in460 in460.c in460.d in460.s bits460 u460 uc460 arr460
// fields: a461 in461 in461.c in461.d in461.s bits461 u461 uc461 arr461
// fields: a462 in462 in462.c in462.d in462.s bits462 u462 uc462 arr462
// fields: a463 in463 in463.c in463.d in463.s bits463 u463 uc463 arr463
// fields: a464 in464 in464.c in464.d in464.s bits464 u464 uc464 arr464
// fields: a465 in465 in465.c in465.d in465.s bits465 u465 uc465 arr465
// fields: a466 in466 in466.c in466.d in466.s bits466 u466 uc466 arr466
// fields: a467 in467 in467.c in467.d in467.s bits467 u467 uc467 arr467
// fields: a468 in468 in468.c in468.d in468.s bits468 u468 uc468 arr468
// fields: a469 in469 in469.c in469.d in469.s bits469 u469 uc469 arr469
// fields: a470 in470 in470.c in470.d in470.s bits470 u470 uc470 arr470
// fields: a471 in471 in471.c in471.d in471.s bits471 u471 uc471 arr471
// fields: a472 in472 in472.c in472.d in472.s bits472 u472 uc472 arr472
// fields: a473 in473 in473.c in473.d in473.s bits473 u473 uc473 arr473
// fields: a474 in474 in474.c in474.d in474.s bits474 u474 uc474 arr474
// fields: a475 in475 in475.c in475.d in475.s bits475 u475 uc475 arr475
// fields: a476 in476 in476.c in476.d in476.s bits476 u476 uc476 arr476
// fields: a477 in477 in477.c in477.d in477.s bits477 u477 uc477 arr477
// fields: a478 in478 in478.c in478.d in478.s bits478 u478 uc478 arr478
// fields: a479 in479 in479.c in479.d in479.s bits479 u479 uc479 arr479
// fields: a480 in480 in480.c in480.d in480.s bits480 u480 uc480 arr480
// fields: a481 in481 in481.c in481.d in481.s bits481 u481 uc481 arr481
// fields: a482 in482 in482.c in482.d in482.s bits482 u482 uc482 arr482
// fields: a483 in483 in483.c in483.d in483.s bits483 u483 uc483 arr483
// fields: a484 in484 in484.c in484.d in484.s bits484 u484 uc484 arr484
// fields: a485 in485 in485.c in485.d in485.s bits485 u485 uc485 arr485
// fields: a486 in486 in486.c in486.d in486.s bits486 u486 uc486 arr486
// fields: a487 in487 in487.c in487.d in487.s bits487 u487 uc487 arr487
// fields: a488 in488 in488.c in488.d in488.s bits488 u488 uc488 arr488
// fields: a489 in489 in489.c in489.d in489.s bits489 u489 uc489 arr489
// fields: a490 in490 in490.c in490.d in490.s bits490 u490 uc490 arr490
// fields: a491 in491 in491.c in491.d in491.s bits491 u491 uc491 arr491
// fields: a492 in492 in492.c in492.d in492.s bits492 u492 uc492 arr492
// fields: a493 in493 in493.c in493.d in493.s bits493 u493 uc493 arr493
// fields: a494 in494 in494.c in494.d in494.s bits494 u494 uc494 arr494
// fields: a495 in495 in495.c in495.d in495.s bits495 u495 uc495 arr495
// fields: a496 in496 in496.c in496.d in496.s bits496 u496 uc496 arr496
// fields: a497 in497 in497.c in497.d in497.s bits497 u497 uc497 arr497
// fields: a498 in498 in498.c in498.d in498.s bits498 u498 uc498 arr498
// fields: a499 in499 in499.c in499.d in499.s bits499 u499 uc499 arr499
struct many_inner {
    char c;
    double d;
    short s[3];
};

struct many {
    char a0;
    struct many_inner in0;
    int bits0 : 3;
    union { int u0; char uc0[5]; };
    long arr0[2];
    char a1;
    struct many_inner in1;
    int bits1 : 3;
    union { int u1; char uc1[5]; };
    long arr1[2];
    char a2;
    struct many_inner in2;
    int bits2 : 3;
    union { int u2; char uc2[5]; };
    long arr2[2];
    char a3;
    struct many_inner in3;
    int bits3 : 3;
    union { int u3; char uc3[5]; };
    long arr3[2];
    char a4;
    struct many_inner in4;
    int bits4 : 3;
    union { int u4; char uc4[5]; };
    long arr4[2];
    char a5;
    struct many_inner in5;
    int bits5 : 3;
    union { int u5; char uc5[5]; };
    long arr5[2];
    char a6;
    struct many_inner in6;
    int bits6 : 3;
    union { int u6; char uc6[5]; };
    long arr6[2];
    char a7;
    struct many_inner in7;
    int bits7 : 3;
    union { int u7; char uc7[5]; };
    long arr7[2];
    char a8;
    struct many_inner in8;
    int bits8 : 3;
    union { int u8; char uc8[5]; };
    long arr8[2];
    char a9;
    struct many_inner in9;
    int bits9 : 3;
    union { int u9; char uc9[5]; };
    long arr9[2];
    char a10;
    struct many_inner in10;
    int bits10 : 3;
    union { int u10; char uc10[5]; };
    long arr10[2];
    char a11;
    struct many_inner in11;
    int bits11 : 3;
    union { int u11; char uc11[5]; };
    long arr11[2];
    char a12;
    struct many_inner in12;
    int bits12 : 3;
    union { int u12; char uc12[5]; };
    long arr12[2];
    char a13;
    struct many_inner in13;
    int bits13 : 3;
    union { int u13; char uc13[5]; };
    long arr13[2];
    char a14;
    struct many_inner in14;
    int bits14 : 3;
    union { int u14; char uc14[5]; };
    long arr14[2];
    char a15;
    struct many_inner in15;
    int bits15 : 3;
    union { int u15; char uc15[5]; };
    long arr15[2];
    char a16;
    struct many_inner in16;
    int bits16 : 3;
    union { int u16; char uc16[5]; };
    long arr16[2];
    char a17;
    struct many_inner in17;
    int bits17 : 3;
    union { int u17; char uc17[5]; };
    long arr17[2];
    char a18;
    struct many_inner in18;
    int bits18 : 3;
    union { int u18; char uc18[5]; };
    long arr18[2];
    char a19;
    struct many_inner in19;
    int bits19 : 3;
    union { int u19; char uc19[5]; };
    long arr19[2];
    char a20;
    struct many_inner in20;
    int bits20 : 3;
    union { int u20; char uc20[5]; };
    long arr20[2];
    char a21;
    struct many_inner in21;
    int bits21 : 3;
    union { int u21; char uc21[5]; };
    long arr21[2];
    char a22;
    struct many_inner in22;
    int bits22 : 3;
    union { int u22; char uc22[5]; };
    long arr22[2];
    char a23;
    struct many_inner in23;
    int bits23 : 3;
    union { int u23; char uc23[5]; };
    long arr23[2];
    char a24;
    struct many_inner in24;
    int bits24 : 3;
    union { int u24; char uc24[5]; };
    long arr24[2];
    char a25;
    struct many_inner in25;
    int bits25 : 3;
    union { int u25; char uc25[5]; };
    long arr25[2];
    char a26;
    struct many_inner in26;
    int bits26 : 3;
    union { int u26; char uc26[5]; };
    long arr26[2];
    char a27;
    struct many_inner in27;
    int bits27 : 3;
    union { int u27; char uc27[5]; };
    long arr27[2];
    char a28;
    struct many_inner in28;
    int bits28 : 3;
    union { int u28; char uc28[5]; };
    long arr28[2];
    char a29;
    struct many_inner in29;
    int bits29 : 3;
    union { int u29; char uc29[5]; };
    long arr29[2];
    char a30;
    struct many_inner in30;
    int bits30 : 3;
    union { int u30; char uc30[5]; };
    long arr30[2];
    char a31;
    struct many_inner in31;
    int bits31 : 3;
    union { int u31; char uc31[5]; };
    long arr31[2];
    char a32;
    struct many_inner in32;
    int bits32 : 3;
    union { int u32; char uc32[5]; };
    long arr32[2];
    char a33;
    struct many_inner in33;
    int bits33 : 3;
    union { int u33; char uc33[5]; };
    long arr33[2];
    char a34;
    struct many_inner in34;
    int bits34 : 3;
    union { int u34; char uc34[5]; };
    long arr34[2];
    char a35;
    struct many_inner in35;
    int bits35 : 3;
    union { int u35; char uc35[5]; };
    long arr35[2];
    char a36;
    struct many_inner in36;
    int bits36 : 3;
    union { int u36; char uc36[5]; };
    long arr36[2];
    char a37;
    struct many_inner in37;
    int bits37 : 3;
    union { int u37; char uc37[5]; };
    long arr37[2];
    char a38;
    struct many_inner in38;
    int bits38 : 3;
    union { int u38; char uc38[5]; };
    long arr38[2];
    char a39;
    struct many_inner in39;
    int bits39 : 3;
    union { int u39; char uc39[5]; };
    long arr39[2];
    char a40;
    struct many_inner in40;
    int bits40 : 3;
    union { int u40; char uc40[5]; };
    long arr40[2];
    char a41;
    struct many_inner in41;
    int bits41 : 3;
    union { int u41; char uc41[5]; };
    long arr41[2];
    char a42;
    struct many_inner in42;
    int bits42 : 3;
    union { int u42; char uc42[5]; };
    long arr42[2];
    char a43;
    struct many_inner in43;
    int bits43 : 3;
    union { int u43; char uc43[5]; };
    long arr43[2];
    char a44;
    struct many_inner in44;
    int bits44 : 3;
    union { int u44; char uc44[5]; };
    long arr44[2];
    char a45;
    struct many_inner in45;
    int bits45 : 3;
    union { int u45; char uc45[5]; };
    long arr45[2];
    char a46;
    struct many_inner in46;
    int bits46 : 3;
    union { int u46; char uc46[5]; };
    long arr46[2];
    char a47;
    struct many_inner in47;
    int bits47 : 3;
    union { int u47; char uc47[5]; };
    long arr47[2];
    char a48;
    struct many_inner in48;
    int bits48 : 3;
    union { int u48; char uc48[5]; };
    long arr48[2];
    char a49;
    struct many_inner in49;
    int bits49 : 3;
    union { int u49; char uc49[5]; };
    long arr49[2];
    char a50;
    struct many_inner in50;
    int bits50 : 3;
    union { int u50; char uc50[5]; };
    long arr50[2];
    char a51;
    struct many_inner in51;
    int bits51 : 3;
    union { int u51; char uc51[5]; };
    long arr51[2];
    char a52;
    struct many_inner in52;
    int bits52 : 3;
    union { int u52; char uc52[5]; };
    long arr52[2];
    char a53;
    struct many_inner in53;
    int bits53 : 3;
    union { int u53; char uc53[5]; };
    long arr53[2];
    char a54;
    struct many_inner in54;
    int bits54 : 3;
    union { int u54; char uc54[5]; };
    long arr54[2];
    char a55;
    struct many_inner in55;
    int bits55 : 3;
    union { int u55; char uc55[5]; };
    long arr55[2];
    char a56;
    struct many_inner in56;
    int bits56 : 3;
    union { int u56; char uc56[5]; };
    long arr56[2];
    char a57;
    struct many_inner in57;
    int bits57 : 3;
    union { int u57; char uc57[5]; };
    long arr57[2];
    char a58;
    struct many_inner in58;
    int bits58 : 3;
    union { int u58; char uc58[5]; };
    long arr58[2];
    char a59;
    struct many_inner in59;
    int bits59 : 3;
    union { int u59; char uc59[5]; };
    long arr59[2];
    char a60;
    struct many_inner in60;
    int bits60 : 3;
    union { int u60; char uc60[5]; };
    long arr60[2];
    char a61;
    struct many_inner in61;
    int bits61 : 3;
    union { int u61; char uc61[5]; };
    long arr61[2];
    char a62;
    struct many_inner in62;
    int bits62 : 3;
    union { int u62; char uc62[5]; };
    long arr62[2];
    char a63;
    struct many_inner in63;
    int bits63 : 3;
    union { int u63; char uc63[5]; };
    long arr63[2];
    char a64;
    struct many_inner in64;
    int bits64 : 3;
    union { int u64; char uc64[5]; };
    long arr64[2];
    char a65;
    struct many_inner in65;
    int bits65 : 3;
    union { int u65; char uc65[5]; };
    long arr65[2];
    char a66;
    struct many_inner in66;
    int bits66 : 3;
    union { int u66; char uc66[5]; };
    long arr66[2];
    char a67;
    struct many_inner in67;
    int bits67 : 3;
    union { int u67; char uc67[5]; };
    long arr67[2];
    char a68;
    struct many_inner in68;
    int bits68 : 3;
    union { int u68; char uc68[5]; };
    long arr68[2];
    char a69;
    struct many_inner in69;
    int bits69 : 3;
    union { int u69; char uc69[5]; };
    long arr69[2];
    char a70;
    struct many_inner in70;
    int bits70 : 3;
    union { int u70; char uc70[5]; };
    long arr70[2];
    char a71;
    struct many_inner in71;
    int bits71 : 3;
    union { int u71; char uc71[5]; };
    long arr71[2];
    char a72;
    struct many_inner in72;
    int bits72 : 3;
    union { int u72; char uc72[5]; };
    long arr72[2];
    char a73;
    struct many_inner in73;
    int bits73 : 3;
    union { int u73; char uc73[5]; };
    long arr73[2];
    char a74;
    struct many_inner in74;
    int bits74 : 3;
    union { int u74; char uc74[5]; };
    long arr74[2];
    char a75;
    struct many_inner in75;
    int bits75 : 3;
    union { int u75; char uc75[5]; };
    long arr75[2];
    char a76;
    struct many_inner in76;
    int bits76 : 3;
    union { int u76; char uc76[5]; };
    long arr76[2];
    char a77;
    struct many_inner in77;
    int bits77 : 3;
    union { int u77; char uc77[5]; };
    long arr77[2];
    char a78;
    struct many_inner in78;
    int bits78 : 3;
    union { int u78; char uc78[5]; };
    long arr78[2];
    char a79;
    struct many_inner in79;
    int bits79 : 3;
    union { int u79; char uc79[5]; };
    long arr79[2];
    char a80;
    struct many_inner in80;
    int bits80 : 3;
    union { int u80; char uc80[5]; };
    long arr80[2];
    char a81;
    struct many_inner in81;
    int bits81 : 3;
    union { int u81; char uc81[5]; };
    long arr81[2];
    char a82;
    struct many_inner in82;
    int bits82 : 3;
    union { int u82; char uc82[5]; };
    long arr82[2];
    char a83;
    struct many_inner in83;
    int bits83 : 3;
    union { int u83; char uc83[5]; };
    long arr83[2];
    char a84;
    struct many_inner in84;
    int bits84 : 3;
    union { int u84; char uc84[5]; };
    long arr84[2];
    char a85;
    struct many_inner in85;
    int bits85 : 3;
    union { int u85; char uc85[5]; };
    long arr85[2];
    char a86;
    struct many_inner in86;
    int bits86 : 3;
    union { int u86; char uc86[5]; };
    long arr86[2];
    char a87;
    struct many_inner in87;
    int bits87 : 3;
    union { int u87; char uc87[5]; };
    long arr87[2];
    char a88;
    struct many_inner in88;
    int bits88 : 3;
    union { int u88; char uc88[5]; };
    long arr88[2];
    char a89;
    struct many_inner in89;
    int bits89 : 3;
    union { int u89; char uc89[5]; };
    long arr89[2];
    char a90;
    struct many_inner in90;
    int bits90 : 3;
    union { int u90; char uc90[5]; };
    long arr90[2];
    char a91;
    struct many_inner in91;
    int bits91 : 3;
    union { int u91; char uc91[5]; };
    long arr91[2];
    char a92;
    struct many_inner in92;
    int bits92 : 3;
    union { int u92; char uc92[5]; };
    long arr92[2];
    char a93;
    struct many_inner in93;
    int bits93 : 3;
    union { int u93; char uc93[5]; };
    long arr93[2];
    char a94;
    struct many_inner in94;
    int bits94 : 3;
    union { int u94; char uc94[5]; };
    long arr94[2];
    char a95;
    struct many_inner in95;
    int bits95 : 3;
    union { int u95; char uc95[5]; };
    long arr95[2];
    char a96;
    struct many_inner in96;
    int bits96 : 3;
    union { int u96; char uc96[5]; };
    long arr96[2];
    char a97;
    struct many_inner in97;
    int bits97 : 3;
    union { int u97; char uc97[5]; };
    long arr97[2];
    char a98;
    struct many_inner in98;
    int bits98 : 3;
    union { int u98; char uc98[5]; };
    long arr98[2];
    char a99;
    struct many_inner in99;
    int bits99 : 3;
    union { int u99; char uc99[5]; };
    long arr99[2];
    char a100;
    struct many_inner in100;
    int bits100 : 3;
    union { int u100; char uc100[5]; };
    long arr100[2];
    char a101;
    struct many_inner in101;
    int bits101 : 3;
    union { int u101; char uc101[5]; };
    long arr101[2];
    char a102;
    struct many_inner in102;
    int bits102 : 3;
    union { int u102; char uc102[5]; };
    long arr102[2];
    char a103;
    struct many_inner in103;
    int bits103 : 3;
    union { int u103; char uc103[5]; };
    long arr103[2];
    char a104;
    struct many_inner in104;
    int bits104 : 3;
    union { int u104; char uc104[5]; };
    long arr104[2];
    char a105;
    struct many_inner in105;
    int bits105 : 3;
    union { int u105; char uc105[5]; };
    long arr105[2];
    char a106;
    struct many_inner in106;
    int bits106 : 3;
    union { int u106; char uc106[5]; };
    long arr106[2];
    char a107;
    struct many_inner in107;
    int bits107 : 3;
    union { int u107; char uc107[5]; };
    long arr107[2];
    char a108;
    struct many_inner in108;
    int bits108 : 3;
    union { int u108; char uc108[5]; };
    long arr108[2];
    char a109;
    struct many_inner in109;
    int bits109 : 3;
    union { int u109; char uc109[5]; };
    long arr109[2];
    char a110;
    struct many_inner in110;
    int bits110 : 3;
    union { int u110; char uc110[5]; };
    long arr110[2];
    char a111;
    struct many_inner in111;
    int bits111 : 3;
    union { int u111; char uc111[5]; };
    long arr111[2];
    char a112;
    struct many_inner in112;
    int bits112 : 3;
    union { int u112; char uc112[5]; };
    long arr112[2];
    char a113;
    struct many_inner in113;
    int bits113 : 3;
    union { int u113; char uc113[5]; };
    long arr113[2];
    char a114;
    struct many_inner in114;
    int bits114 : 3;
    union { int u114; char uc114[5]; };
    long arr114[2];
    char a115;
    struct many_inner in115;
    int bits115 : 3;
    union { int u115; char uc115[5]; };
    long arr115[2];
    char a116;
    struct many_inner in116;
    int bits116 : 3;
    union { int u116; char uc116[5]; };
    long arr116[2];
    char a117;
    struct many_inner in117;
    int bits117 : 3;
    union { int u117; char uc117[5]; };
    long arr117[2];
    char a118;
    struct many_inner in118;
    int bits118 : 3;
    union { int u118; char uc118[5]; };
    long arr118[2];
    char a119;
    struct many_inner in119;
    int bits119 : 3;
    union { int u119; char uc119[5]; };
    long arr119[2];
    char a120;
    struct many_inner in120;
    int bits120 : 3;
    union { int u120; char uc120[5]; };
    long arr120[2];
    char a121;
    struct many_inner in121;
    int bits121 : 3;
    union { int u121; char uc121[5]; };
    long arr121[2];
    char a122;
    struct many_inner in122;
    int bits122 : 3;
    union { int u122; char uc122[5]; };
    long arr122[2];
    char a123;
    struct many_inner in123;
    int bits123 : 3;
    union { int u123; char uc123[5]; };
    long arr123[2];
    char a124;
    struct many_inner in124;
    int bits124 : 3;
    union { int u124; char uc124[5]; };
    long arr124[2];
    char a125;
    struct many_inner in125;
    int bits125 : 3;
    union { int u125; char uc125[5]; };
    long arr125[2];
    char a126;
    struct many_inner in126;
    int bits126 : 3;
    union { int u126; char uc126[5]; };
    long arr126[2];
    char a127;
    struct many_inner in127;
    int bits127 : 3;
    union { int u127; char uc127[5]; };
    long arr127[2];
    char a128;
    struct many_inner in128;
    int bits128 : 3;
    union { int u128; char uc128[5]; };
    long arr128[2];
    char a129;
    struct many_inner in129;
    int bits129 : 3;
    union { int u129; char uc129[5]; };
    long arr129[2];
    char a130;
    struct many_inner in130;
    int bits130 : 3;
    union { int u130; char uc130[5]; };
    long arr130[2];
    char a131;
    struct many_inner in131;
    int bits131 : 3;
    union { int u131; char uc131[5]; };
    long arr131[2];
    char a132;
    struct many_inner in132;
    int bits132 : 3;
    union { int u132; char uc132[5]; };
    long arr132[2];
    char a133;
    struct many_inner in133;
    int bits133 : 3;
    union { int u133; char uc133[5]; };
    long arr133[2];
    char a134;
    struct many_inner in134;
    int bits134 : 3;
    union { int u134; char uc134[5]; };
    long arr134[2];
    char a135;
    struct many_inner in135;
    int bits135 : 3;
    union { int u135; char uc135[5]; };
    long arr135[2];
    char a136;
    struct many_inner in136;
    int bits136 : 3;
    union { int u136; char uc136[5]; };
    long arr136[2];
    char a137;
    struct many_inner in137;
    int bits137 : 3;
    union { int u137; char uc137[5]; };
    long arr137[2];
    char a138;
    struct many_inner in138;
    int bits138 : 3;
    union { int u138; char uc138[5]; };
    long arr138[2];
    char a139;
    struct many_inner in139;
    int bits139 : 3;
    union { int u139; char uc139[5]; };
    long arr139[2];
    char a140;
    struct many_inner in140;
    int bits140 : 3;
    union { int u140; char uc140[5]; };
    long arr140[2];
    char a141;
    struct many_inner in141;
    int bits141 : 3;
    union { int u141; char uc141[5]; };
    long arr141[2];
    char a142;
    struct many_inner in142;
    int bits142 : 3;
    union { int u142; char uc142[5]; };
    long arr142[2];
    char a143;
    struct many_inner in143;
    int bits143 : 3;
    union { int u143; char uc143[5]; };
    long arr143[2];
    char a144;
    struct many_inner in144;
    int bits144 : 3;
    union { int u144; char uc144[5]; };
    long arr144[2];
    char a145;
    struct many_inner in145;
    int bits145 : 3;
    union { int u145; char uc145[5]; };
    long arr145[2];
    char a146;
    struct many_inner in146;
    int bits146 : 3;
    union { int u146; char uc146[5]; };
    long arr146[2];
    char a147;
    struct many_inner in147;
    int bits147 : 3;
    union { int u147; char uc147[5]; };
    long arr147[2];
    char a148;
    struct many_inner in148;
    int bits148 : 3;
    union { int u148; char uc148[5]; };
    long arr148[2];
    char a149;
    struct many_inner in149;
    int bits149 : 3;
    union { int u149; char uc149[5]; };
    long arr149[2];
    char a150;
    struct many_inner in150;
    int bits150 : 3;
    union { int u150; char uc150[5]; };
    long arr150[2];
    char a151;
    struct many_inner in151;
    int bits151 : 3;
    union { int u151; char uc151[5]; };
    long arr151[2];
    char a152;
    struct many_inner in152;
    int bits152 : 3;
    union { int u152; char uc152[5]; };
    long arr152[2];
    char a153;
    struct many_inner in153;
    int bits153 : 3;
    union { int u153; char uc153[5]; };
    long arr153[2];
    char a154;
    struct many_inner in154;
    int bits154 : 3;
    union { int u154; char uc154[5]; };
    long arr154[2];
    char a155;
    struct many_inner in155;
    int bits155 : 3;
    union { int u155; char uc155[5]; };
    long arr155[2];
    char a156;
    struct many_inner in156;
    int bits156 : 3;
    union { int u156; char uc156[5]; };
    long arr156[2];
    char a157;
    struct many_inner in157;
    int bits157 : 3;
    union { int u157; char uc157[5]; };
    long arr157[2];
    char a158;
    struct many_inner in158;
    int bits158 : 3;
    union { int u158; char uc158[5]; };
    long arr158[2];
    char a159;
    struct many_inner in159;
    int bits159 : 3;
    union { int u159; char uc159[5]; };
    long arr159[2];
    char a160;
    struct many_inner in160;
    int bits160 : 3;
    union { int u160; char uc160[5]; };
    long arr160[2];
    char a161;
    struct many_inner in161;
    int bits161 : 3;
    union { int u161; char uc161[5]; };
    long arr161[2];
    char a162;
    struct many_inner in162;
    int bits162 : 3;
    union { int u162; char uc162[5]; };
    long arr162[2];
    char a163;
    struct many_inner in163;
    int bits163 : 3;
    union { int u163; char uc163[5]; };
    long arr163[2];
    char a164;
    struct many_inner in164;
    int bits164 : 3;
    union { int u164; char uc164[5]; };
    long arr164[2];
    char a165;
    struct many_inner in165;
    int bits165 : 3;
    union { int u165; char uc165[5]; };
    long arr165[2];
    char a166;
    struct many_inner in166;
    int bits166 : 3;
    union { int u166; char uc166[5]; };
    long arr166[2];
    char a167;
    struct many_inner in167;
    int bits167 : 3;
    union { int u167; char uc167[5]; };
    long arr167[2];
    char a168;
    struct many_inner in168;
    int bits168 : 3;
    union { int u168; char uc168[5]; };
    long arr168[2];
    char a169;
    struct many_inner in169;
    int bits169 : 3;
    union { int u169; char uc169[5]; };
    long arr169[2];
    char a170;
    struct many_inner in170;
    int bits170 : 3;
    union { int u170; char uc170[5]; };
    long arr170[2];
    char a171;
    struct many_inner in171;
    int bits171 : 3;
    union { int u171; char uc171[5]; };
    long arr171[2];
    char a172;
    struct many_inner in172;
    int bits172 : 3;
    union { int u172; char uc172[5]; };
    long arr172[2];
    char a173;
    struct many_inner in173;
    int bits173 : 3;
    union { int u173; char uc173[5]; };
    long arr173[2];
    char a174;
    struct many_inner in174;
    int bits174 : 3;
    union { int u174; char uc174[5]; };
    long arr174[2];
    char a175;
    struct many_inner in175;
    int bits175 : 3;
    union { int u175; char uc175[5]; };
    long arr175[2];
    char a176;
    struct many_inner in176;
    int bits176 : 3;
    union { int u176; char uc176[5]; };
    long arr176[2];
    char a177;
    struct many_inner in177;
    int bits177 : 3;
    union { int u177; char uc177[5]; };
    long arr177[2];
    char a178;
    struct many_inner in178;
    int bits178 : 3;
    union { int u178; char uc178[5]; };
    long arr178[2];
    char a179;
    struct many_inner in179;
    int bits179 : 3;
    union { int u179; char uc179[5]; };
    long arr179[2];
    char a180;
    struct many_inner in180;
    int bits180 : 3;
    union { int u180; char uc180[5]; };
    long arr180[2];
    char a181;
    struct many_inner in181;
    int bits181 : 3;
    union { int u181; char uc181[5]; };
    long arr181[2];
    char a182;
    struct many_inner in182;
    int bits182 : 3;
    union { int u182; char uc182[5]; };
    long arr182[2];
    char a183;
    struct many_inner in183;
    int bits183 : 3;
    union { int u183; char uc183[5]; };
    long arr183[2];
    char a184;
    struct many_inner in184;
    int bits184 : 3;
    union { int u184; char uc184[5]; };
    long arr184[2];
    char a185;
    struct many_inner in185;
    int bits185 : 3;
    union { int u185; char uc185[5]; };
    long arr185[2];
    char a186;
    struct many_inner in186;
    int bits186 : 3;
    union { int u186; char uc186[5]; };
    long arr186[2];
    char a187;
    struct many_inner in187;
    int bits187 : 3;
    union { int u187; char uc187[5]; };
    long arr187[2];
    char a188;
    struct many_inner in188;
    int bits188 : 3;
    union { int u188; char uc188[5]; };
    long arr188[2];
    char a189;
    struct many_inner in189;
    int bits189 : 3;
    union { int u189; char uc189[5]; };
    long arr189[2];
    char a190;
    struct many_inner in190;
    int bits190 : 3;
    union { int u190; char uc190[5]; };
    long arr190[2];
    char a191;
    struct many_inner in191;
    int bits191 : 3;
    union { int u191; char uc191[5]; };
    long arr191[2];
    char a192;
    struct many_inner in192;
    int bits192 : 3;
    union { int u192; char uc192[5]; };
    long arr192[2];
    char a193;
    struct many_inner in193;
    int bits193 : 3;
    union { int u193; char uc193[5]; };
    long arr193[2];
    char a194;
    struct many_inner in194;
    int bits194 : 3;
    union { int u194; char uc194[5]; };
    long arr194[2];
    char a195;
    struct many_inner in195;
    int bits195 : 3;
    union { int u195; char uc195[5]; };
    long arr195[2];
    char a196;
    struct many_inner in196;
    int bits196 : 3;
    union { int u196; char uc196[5]; };
    long arr196[2];
    char a197;
    struct many_inner in197;
    int bits197 : 3;
    union { int u197; char uc197[5]; };
    long arr197[2];
    char a198;
    struct many_inner in198;
    int bits198 : 3;
    union { int u198; char uc198[5]; };
    long arr198[2];
    char a199;
    struct many_inner in199;
    int bits199 : 3;
    union { int u199; char uc199[5]; };
    long arr199[2];
    char a200;
    struct many_inner in200;
    int bits200 : 3;
    union { int u200; char uc200[5]; };
    long arr200[2];
    char a201;
    struct many_inner in201;
    int bits201 : 3;
    union { int u201; char uc201[5]; };
    long arr201[2];
    char a202;
    struct many_inner in202;
    int bits202 : 3;
    union { int u202; char uc202[5]; };
    long arr202[2];
    char a203;
    struct many_inner in203;
    int bits203 : 3;
    union { int u203; char uc203[5]; };
    long arr203[2];
    char a204;
    struct many_inner in204;
    int bits204 : 3;
    union { int u204; char uc204[5]; };
    long arr204[2];
    char a205;
    struct many_inner in205;
    int bits205 : 3;
    union { int u205; char uc205[5]; };
    long arr205[2];
    char a206;
    struct many_inner in206;
    int bits206 : 3;
    union { int u206; char uc206[5]; };
    long arr206[2];
    char a207;
    struct many_inner in207;
    int bits207 : 3;
    union { int u207; char uc207[5]; };
    long arr207[2];
    char a208;
    struct many_inner in208;
    int bits208 : 3;
    union { int u208; char uc208[5]; };
    long arr208[2];
    char a209;
    struct many_inner in209;
    int bits209 : 3;
    union { int u209; char uc209[5]; };
    long arr209[2];
    char a210;
    struct many_inner in210;
    int bits210 : 3;
    union { int u210; char uc210[5]; };
    long arr210[2];
    char a211;
    struct many_inner in211;
    int bits211 : 3;
    union { int u211; char uc211[5]; };
    long arr211[2];
    char a212;
    struct many_inner in212;
    int bits212 : 3;
    union { int u212; char uc212[5]; };
    long arr212[2];
    char a213;
    struct many_inner in213;
    int bits213 : 3;
    union { int u213; char uc213[5]; };
    long arr213[2];
    char a214;
    struct many_inner in214;
    int bits214 : 3;
    union { int u214; char uc214[5]; };
    long arr214[2];
    char a215;
    struct many_inner in215;
    int bits215 : 3;
    union { int u215; char uc215[5]; };
    long arr215[2];
    char a216;
    struct many_inner in216;
    int bits216 : 3;
    union { int u216; char uc216[5]; };
    long arr216[2];
    char a217;
    struct many_inner in217;
    int bits217 : 3;
    union { int u217; char uc217[5]; };
    long arr217[2];
    char a218;
    struct many_inner in218;
    int bits218 : 3;
    union { int u218; char uc218[5]; };
    long arr218[2];
    char a219;
    struct many_inner in219;
    int bits219 : 3;
    union { int u219; char uc219[5]; };
    long arr219[2];
    char a220;
    struct many_inner in220;
    int bits220 : 3;
    union { int u220; char uc220[5]; };
    long arr220[2];
    char a221;
    struct many_inner in221;
    int bits221 : 3;
    union { int u221; char uc221[5]; };
    long arr221[2];
    char a222;
    struct many_inner in222;
    int bits222 : 3;
    union { int u222; char uc222[5]; };
    long arr222[2];
    char a223;
    struct many_inner in223;
    int bits223 : 3;
    union { int u223; char uc223[5]; };
    long arr223[2];
    char a224;
    struct many_inner in224;
    int bits224 : 3;
    union { int u224; char uc224[5]; };
    long arr224[2];
    char a225;
    struct many_inner in225;
    int bits225 : 3;
    union { int u225; char uc225[5]; };
    long arr225[2];
    char a226;
    struct many_inner in226;
    int bits226 : 3;
    union { int u226; char uc226[5]; };
    long arr226[2];
    char a227;
    struct many_inner in227;
    int bits227 : 3;
    union { int u227; char uc227[5]; };
    long arr227[2];
    char a228;
    struct many_inner in228;
    int bits228 : 3;
    union { int u228; char uc228[5]; };
    long arr228[2];
    char a229;
    struct many_inner in229;
    int bits229 : 3;
    union { int u229; char uc229[5]; };
    long arr229[2];
    char a230;
    struct many_inner in230;
    int bits230 : 3;
    union { int u230; char uc230[5]; };
    long arr230[2];
    char a231;
    struct many_inner in231;
    int bits231 : 3;
    union { int u231; char uc231[5]; };
    long arr231[2];
    char a232;
    struct many_inner in232;
    int bits232 : 3;
    union { int u232; char uc232[5]; };
    long arr232[2];
    char a233;
    struct many_inner in233;
    int bits233 : 3;
    union { int u233; char uc233[5]; };
    long arr233[2];
    char a234;
    struct many_inner in234;
    int bits234 : 3;
    union { int u234; char uc234[5]; };
    long arr234[2];
    char a235;
    struct many_inner in235;
    int bits235 : 3;
    union { int u235; char uc235[5]; };
    long arr235[2];
    char a236;
    struct many_inner in236;
    int bits236 : 3;
    union { int u236; char uc236[5]; };
    long arr236[2];
    char a237;
    struct many_inner in237;
    int bits237 : 3;
    union { int u237; char uc237[5]; };
    long arr237[2];
    char a238;
    struct many_inner in238;
    int bits238 : 3;
    union { int u238; char uc238[5]; };
    long arr238[2];
    char a239;
    struct many_inner in239;
    int bits239 : 3;
    union { int u239; char uc239[5]; };
    long arr239[2];
    char a240;
    struct many_inner in240;
    int bits240 : 3;
    union { int u240; char uc240[5]; };
    long arr240[2];
    char a241;
    struct many_inner in241;
    int bits241 : 3;
    union { int u241; char uc241[5]; };
    long arr241[2];
    char a242;
    struct many_inner in242;
    int bits242 : 3;
    union { int u242; char uc242[5]; };
    long arr242[2];
    char a243;
    struct many_inner in243;
    int bits243 : 3;
    union { int u243; char uc243[5]; };
    long arr243[2];
    char a244;
    struct many_inner in244;
    int bits244 : 3;
    union { int u244; char uc244[5]; };
    long arr244[2];
    char a245;
    struct many_inner in245;
    int bits245 : 3;
    union { int u245; char uc245[5]; };
    long arr245[2];
    char a246;
    struct many_inner in246;
    int bits246 : 3;
    union { int u246; char uc246[5]; };
    long arr246[2];
    char a247;
    struct many_inner in247;
    int bits247 : 3;
    union { int u247; char uc247[5]; };
    long arr247[2];
    char a248;
    struct many_inner in248;
    int bits248 : 3;
    union { int u248; char uc248[5]; };
    long arr248[2];
    char a249;
    struct many_inner in249;
    int bits249 : 3;
    union { int u249; char uc249[5]; };
    long arr249[2];
    char a250;
    struct many_inner in250;
    int bits250 : 3;
    union { int u250; char uc250[5]; };
    long arr250[2];
    char a251;
    struct many_inner in251;
    int bits251 : 3;
    union { int u251; char uc251[5]; };
    long arr251[2];
    char a252;
    struct many_inner in252;
    int bits252 : 3;
    union { int u252; char uc252[5]; };
    long arr252[2];
    char a253;
    struct many_inner in253;
    int bits253 : 3;
    union { int u253; char uc253[5]; };
    long arr253[2];
    char a254;
    struct many_inner in254;
    int bits254 : 3;
    union { int u254; char uc254[5]; };
    long arr254[2];
    char a255;
    struct many_inner in255;
    int bits255 : 3;
    union { int u255; char uc255[5]; };
    long arr255[2];
    char a256;
    struct many_inner in256;
    int bits256 : 3;
    union { int u256; char uc256[5]; };
    long arr256[2];
    char a257;
    struct many_inner in257;
    int bits257 : 3;
    union { int u257; char uc257[5]; };
    long arr257[2];
    char a258;
    struct many_inner in258;
    int bits258 : 3;
    union { int u258; char uc258[5]; };
    long arr258[2];
    char a259;
    struct many_inner in259;
    int bits259 : 3;
    union { int u259; char uc259[5]; };
    long arr259[2];
    char a260;
    struct many_inner in260;
    int bits260 : 3;
    union { int u260; char uc260[5]; };
    long arr260[2];
    char a261;
    struct many_inner in261;
    int bits261 : 3;
    union { int u261; char uc261[5]; };
    long arr261[2];
    char a262;
    struct many_inner in262;
    int bits262 : 3;
    union { int u262; char uc262[5]; };
    long arr262[2];
    char a263;
    struct many_inner in263;
    int bits263 : 3;
    union { int u263; char uc263[5]; };
    long arr263[2];
    char a264;
    struct many_inner in264;
    int bits264 : 3;
    union { int u264; char uc264[5]; };
    long arr264[2];
    char a265;
    struct many_inner in265;
    int bits265 : 3;
    union { int u265; char uc265[5]; };
    long arr265[2];
    char a266;
    struct many_inner in266;
    int bits266 : 3;
    union { int u266; char uc266[5]; };
    long arr266[2];
    char a267;
    struct many_inner in267;
    int bits267 : 3;
    union { int u267; char uc267[5]; };
    long arr267[2];
    char a268;
    struct many_inner in268;
    int bits268 : 3;
    union { int u268; char uc268[5]; };
    long arr268[2];
    char a269;
    struct many_inner in269;
    int bits269 : 3;
    union { int u269; char uc269[5]; };
    long arr269[2];
    char a270;
    struct many_inner in270;
    int bits270 : 3;
    union { int u270; char uc270[5]; };
    long arr270[2];
    char a271;
    struct many_inner in271;
    int bits271 : 3;
    union { int u271; char uc271[5]; };
    long arr271[2];
    char a272;
    struct many_inner in272;
    int bits272 : 3;
    union { int u272; char uc272[5]; };
    long arr272[2];
    char a273;
    struct many_inner in273;
    int bits273 : 3;
    union { int u273; char uc273[5]; };
    long arr273[2];
    char a274;
    struct many_inner in274;
    int bits274 : 3;
    union { int u274; char uc274[5]; };
    long arr274[2];
    char a275;
    struct many_inner in275;
    int bits275 : 3;
    union { int u275; char uc275[5]; };
    long arr275[2];
    char a276;
    struct many_inner in276;
    int bits276 : 3;
    union { int u276; char uc276[5]; };
    long arr276[2];
    char a277;
    struct many_inner in277;
    int bits277 : 3;
    union { int u277; char uc277[5]; };
    long arr277[2];
    char a278;
    struct many_inner in278;
    int bits278 : 3;
    union { int u278; char uc278[5]; };
    long arr278[2];
    char a279;
    struct many_inner in279;
    int bits279 : 3;
    union { int u279; char uc279[5]; };
    long arr279[2];
    char a280;
    struct many_inner in280;
    int bits280 : 3;
    union { int u280; char uc280[5]; };
    long arr280[2];
    char a281;
    struct many_inner in281;
    int bits281 : 3;
    union { int u281; char uc281[5]; };
    long arr281[2];
    char a282;
    struct many_inner in282;
    int bits282 : 3;
    union { int u282; char uc282[5]; };
    long arr282[2];
    char a283;
    struct many_inner in283;
    int bits283 : 3;
    union { int u283; char uc283[5]; };
    long arr283[2];
    char a284;
    struct many_inner in284;
    int bits284 : 3;
    union { int u284; char uc284[5]; };
    long arr284[2];
    char a285;
    struct many_inner in285;
    int bits285 : 3;
    union { int u285; char uc285[5]; };
    long arr285[2];
    char a286;
    struct many_inner in286;
    int bits286 : 3;
    union { int u286; char uc286[5]; };
    long arr286[2];
    char a287;
    struct many_inner in287;
    int bits287 : 3;
    union { int u287; char uc287[5]; };
    long arr287[2];
    char a288;
    struct many_inner in288;
    int bits288 : 3;
    union { int u288; char uc288[5]; };
    long arr288[2];
    char a289;
    struct many_inner in289;
    int bits289 : 3;
    union { int u289; char uc289[5]; };
    long arr289[2];
    char a290;
    struct many_inner in290;
    int bits290 : 3;
    union { int u290; char uc290[5]; };
    long arr290[2];
    char a291;
    struct many_inner in291;
    int bits291 : 3;
    union { int u291; char uc291[5]; };
    long arr291[2];
    char a292;
    struct many_inner in292;
    int bits292 : 3;
    union { int u292; char uc292[5]; };
    long arr292[2];
    char a293;
    struct many_inner in293;
    int bits293 : 3;
    union { int u293; char uc293[5]; };
    long arr293[2];
    char a294;
    struct many_inner in294;
    int bits294 : 3;
    union { int u294; char uc294[5]; };
    long arr294[2];
    char a295;
    struct many_inner in295;
    int bits295 : 3;
    union { int u295; char uc295[5]; };
    long arr295[2];
    char a296;
    struct many_inner in296;
    int bits296 : 3;
    union { int u296; char uc296[5]; };
    long arr296[2];
    char a297;
    struct many_inner in297;
    int bits297 : 3;
    union { int u297; char uc297[5]; };
    long arr297[2];
    char a298;
    struct many_inner in298;
    int bits298 : 3;
    union { int u298; char uc298[5]; };
    long arr298[2];
    char a299;
    struct many_inner in299;
    int bits299 : 3;
    union { int u299; char uc299[5]; };
    long arr299[2];
    char a300;
    struct many_inner in300;
    int bits300 : 3;
    union { int u300; char uc300[5]; };
    long arr300[2];
    char a301;
    struct many_inner in301;
    int bits301 : 3;
    union { int u301; char uc301[5]; };
    long arr301[2];
    char a302;
    struct many_inner in302;
    int bits302 : 3;
    union { int u302; char uc302[5]; };
    long arr302[2];
    char a303;
    struct many_inner in303;
    int bits303 : 3;
    union { int u303; char uc303[5]; };
    long arr303[2];
    char a304;
    struct many_inner in304;
    int bits304 : 3;
    union { int u304; char uc304[5]; };
    long arr304[2];
    char a305;
    struct many_inner in305;
    int bits305 : 3;
    union { int u305; char uc305[5]; };
    long arr305[2];
    char a306;
    struct many_inner in306;
    int bits306 : 3;
    union { int u306; char uc306[5]; };
    long arr306[2];
    char a307;
    struct many_inner in307;
    int bits307 : 3;
    union { int u307; char uc307[5]; };
    long arr307[2];
    char a308;
    struct many_inner in308;
    int bits308 : 3;
    union { int u308; char uc308[5]; };
    long arr308[2];
    char a309;
    struct many_inner in309;
    int bits309 : 3;
    union { int u309; char uc309[5]; };
    long arr309[2];
    char a310;
    struct many_inner in310;
    int bits310 : 3;
    union { int u310; char uc310[5]; };
    long arr310[2];
    char a311;
    struct many_inner in311;
    int bits311 : 3;
    union { int u311; char uc311[5]; };
    long arr311[2];
    char a312;
    struct many_inner in312;
    int bits312 : 3;
    union { int u312; char uc312[5]; };
    long arr312[2];
    char a313;
    struct many_inner in313;
    int bits313 : 3;
    union { int u313; char uc313[5]; };
    long arr313[2];
    char a314;
    struct many_inner in314;
    int bits314 : 3;
    union { int u314; char uc314[5]; };
    long arr314[2];
    char a315;
    struct many_inner in315;
    int bits315 : 3;
    union { int u315; char uc315[5]; };
    long arr315[2];
    char a316;
    struct many_inner in316;
    int bits316 : 3;
    union { int u316; char uc316[5]; };
    long arr316[2];
    char a317;
    struct many_inner in317;
    int bits317 : 3;
    union { int u317; char uc317[5]; };
    long arr317[2];
    char a318;
    struct many_inner in318;
    int bits318 : 3;
    union { int u318; char uc318[5]; };
    long arr318[2];
    char a319;
    struct many_inner in319;
    int bits319 : 3;
    union { int u319; char uc319[5]; };
    long arr319[2];
    char a320;
    struct many_inner in320;
    int bits320 : 3;
    union { int u320; char uc320[5]; };
    long arr320[2];
    char a321;
    struct many_inner in321;
    int bits321 : 3;
    union { int u321; char uc321[5]; };
    long arr321[2];
    char a322;
    struct many_inner in322;
    int bits322 : 3;
    union { int u322; char uc322[5]; };
    long arr322[2];
    char a323;
    struct many_inner in323;
    int bits323 : 3;
    union { int u323; char uc323[5]; };
    long arr323[2];
    char a324;
    struct many_inner in324;
    int bits324 : 3;
    union { int u324; char uc324[5]; };
    long arr324[2];
    char a325;
    struct many_inner in325;
    int bits325 : 3;
    union { int u325; char uc325[5]; };
    long arr325[2];
    char a326;
    struct many_inner in326;
    int bits326 : 3;
    union { int u326; char uc326[5]; };
    long arr326[2];
    char a327;
    struct many_inner in327;
    int bits327 : 3;
    union { int u327; char uc327[5]; };
    long arr327[2];
    char a328;
    struct many_inner in328;
    int bits328 : 3;
    union { int u328; char uc328[5]; };
    long arr328[2];
    char a329;
    struct many_inner in329;
    int bits329 : 3;
    union { int u329; char uc329[5]; };
    long arr329[2];
    char a330;
    struct many_inner in330;
    int bits330 : 3;
    union { int u330; char uc330[5]; };
    long arr330[2];
    char a331;
    struct many_inner in331;
    int bits331 : 3;
    union { int u331; char uc331[5]; };
    long arr331[2];
    char a332;
    struct many_inner in332;
    int bits332 : 3;
    union { int u332; char uc332[5]; };
    long arr332[2];
    char a333;
    struct many_inner in333;
    int bits333 : 3;
    union { int u333; char uc333[5]; };
    long arr333[2];
    char a334;
    struct many_inner in334;
    int bits334 : 3;
    union { int u334; char uc334[5]; };
    long arr334[2];
    char a335;
    struct many_inner in335;
    int bits335 : 3;
    union { int u335; char uc335[5]; };
    long arr335[2];
    char a336;
    struct many_inner in336;
    int bits336 : 3;
    union { int u336; char uc336[5]; };
    long arr336[2];
    char a337;
    struct many_inner in337;
    int bits337 : 3;
    union { int u337; char uc337[5]; };
    long arr337[2];
    char a338;
    struct many_inner in338;
    int bits338 : 3;
    union { int u338; char uc338[5]; };
    long arr338[2];
    char a339;
    struct many_inner in339;
    int bits339 : 3;
    union { int u339; char uc339[5]; };
    long arr339[2];
    char a340;
    struct many_inner in340;
    int bits340 : 3;
    union { int u340; char uc340[5]; };
    long arr340[2];
    char a341;
    struct many_inner in341;
    int bits341 : 3;
    union { int u341; char uc341[5]; };
    long arr341[2];
    char a342;
    struct many_inner in342;
    int bits342 : 3;
    union { int u342; char uc342[5]; };
    long arr342[2];
    char a343;
    struct many_inner in343;
    int bits343 : 3;
    union { int u343; char uc343[5]; };
    long arr343[2];
    char a344;
    struct many_inner in344;
    int bits344 : 3;
    union { int u344; char uc344[5]; };
    long arr344[2];
    char a345;
    struct many_inner in345;
    int bits345 : 3;
    union { int u345; char uc345[5]; };
    long arr345[2];
    char a346;
    struct many_inner in346;
    int bits346 : 3;
    union { int u346; char uc346[5]; };
    long arr346[2];
    char a347;
    struct many_inner in347;
    int bits347 : 3;
    union { int u347; char uc347[5]; };
    long arr347[2];
    char a348;
    struct many_inner in348;
    int bits348 : 3;
    union { int u348; char uc348[5]; };
    long arr348[2];
    char a349;
    struct many_inner in349;
    int bits349 : 3;
    union { int u349; char uc349[5]; };
    long arr349[2];
    char a350;
    struct many_inner in350;
    int bits350 : 3;
    union { int u350; char uc350[5]; };
    long arr350[2];
    char a351;
    struct many_inner in351;
    int bits351 : 3;
    union { int u351; char uc351[5]; };
    long arr351[2];
    char a352;
    struct many_inner in352;
    int bits352 : 3;
    union { int u352; char uc352[5]; };
    long arr352[2];
    char a353;
    struct many_inner in353;
    int bits353 : 3;
    union { int u353; char uc353[5]; };
    long arr353[2];
    char a354;
    struct many_inner in354;
    int bits354 : 3;
    union { int u354; char uc354[5]; };
    long arr354[2];
    char a355;
    struct many_inner in355;
    int bits355 : 3;
    union { int u355; char uc355[5]; };
    long arr355[2];
    char a356;
    struct many_inner in356;
    int bits356 : 3;
    union { int u356; char uc356[5]; };
    long arr356[2];
    char a357;
    struct many_inner in357;
    int bits357 : 3;
    union { int u357; char uc357[5]; };
    long arr357[2];
    char a358;
    struct many_inner in358;
    int bits358 : 3;
    union { int u358; char uc358[5]; };
    long arr358[2];
    char a359;
    struct many_inner in359;
    int bits359 : 3;
    union { int u359; char uc359[5]; };
    long arr359[2];
    char a360;
    struct many_inner in360;
    int bits360 : 3;
    union { int u360; char uc360[5]; };
    long arr360[2];
    char a361;
    struct many_inner in361;
    int bits361 : 3;
    union { int u361; char uc361[5]; };
    long arr361[2];
    char a362;
    struct many_inner in362;
    int bits362 : 3;
    union { int u362; char uc362[5]; };
    long arr362[2];
    char a363;
    struct many_inner in363;
    int bits363 : 3;
    union { int u363; char uc363[5]; };
    long arr363[2];
    char a364;
    struct many_inner in364;
    int bits364 : 3;
    union { int u364; char uc364[5]; };
    long arr364[2];
    char a365;
    struct many_inner in365;
    int bits365 : 3;
    union { int u365; char uc365[5]; };
    long arr365[2];
    char a366;
    struct many_inner in366;
    int bits366 : 3;
    union { int u366; char uc366[5]; };
    long arr366[2];
    char a367;
    struct many_inner in367;
    int bits367 : 3;
    union { int u367; char uc367[5]; };
    long arr367[2];
    char a368;
    struct many_inner in368;
    int bits368 : 3;
    union { int u368; char uc368[5]; };
    long arr368[2];
    char a369;
    struct many_inner in369;
    int bits369 : 3;
    union { int u369; char uc369[5]; };
    long arr369[2];
    char a370;
    struct many_inner in370;
    int bits370 : 3;
    union { int u370; char uc370[5]; };
    long arr370[2];
    char a371;
    struct many_inner in371;
    int bits371 : 3;
    union { int u371; char uc371[5]; };
    long arr371[2];
    char a372;
    struct many_inner in372;
    int bits372 : 3;
    union { int u372; char uc372[5]; };
    long arr372[2];
    char a373;
    struct many_inner in373;
    int bits373 : 3;
    union { int u373; char uc373[5]; };
    long arr373[2];
    char a374;
    struct many_inner in374;
    int bits374 : 3;
    union { int u374; char uc374[5]; };
    long arr374[2];
    char a375;
    struct many_inner in375;
    int bits375 : 3;
    union { int u375; char uc375[5]; };
    long arr375[2];
    char a376;
    struct many_inner in376;
    int bits376 : 3;
    union { int u376; char uc376[5]; };
    long arr376[2];
    char a377;
    struct many_inner in377;
    int bits377 : 3;
    union { int u377; char uc377[5]; };
    long arr377[2];
    char a378;
    struct many_inner in378;
    int bits378 : 3;
    union { int u378; char uc378[5]; };
    long arr378[2];
    char a379;
    struct many_inner in379;
    int bits379 : 3;
    union { int u379; char uc379[5]; };
    long arr379[2];
    char a380;
    struct many_inner in380;
    int bits380 : 3;
    union { int u380; char uc380[5]; };
    long arr380[2];
    char a381;
    struct many_inner in381;
    int bits381 : 3;
    union { int u381; char uc381[5]; };
    long arr381[2];
    char a382;
    struct many_inner in382;
    int bits382 : 3;
    union { int u382; char uc382[5]; };
    long arr382[2];
    char a383;
    struct many_inner in383;
    int bits383 : 3;
    union { int u383; char uc383[5]; };
    long arr383[2];
    char a384;
    struct many_inner in384;
    int bits384 : 3;
    union { int u384; char uc384[5]; };
    long arr384[2];
    char a385;
    struct many_inner in385;
    int bits385 : 3;
    union { int u385; char uc385[5]; };
    long arr385[2];
    char a386;
    struct many_inner in386;
    int bits386 : 3;
    union { int u386; char uc386[5]; };
    long arr386[2];
    char a387;
    struct many_inner in387;
    int bits387 : 3;
    union { int u387; char uc387[5]; };
    long arr387[2];
    char a388;
    struct many_inner in388;
    int bits388 : 3;
    union { int u388; char uc388[5]; };
    long arr388[2];
    char a389;
    struct many_inner in389;
    int bits389 : 3;
    union { int u389; char uc389[5]; };
    long arr389[2];
    char a390;
    struct many_inner in390;
    int bits390 : 3;
    union { int u390; char uc390[5]; };
    long arr390[2];
    char a391;
    struct many_inner in391;
    int bits391 : 3;
    union { int u391; char uc391[5]; };
    long arr391[2];
    char a392;
    struct many_inner in392;
    int bits392 : 3;
    union { int u392; char uc392[5]; };
    long arr392[2];
    char a393;
    struct many_inner in393;
    int bits393 : 3;
    union { int u393; char uc393[5]; };
    long arr393[2];
    char a394;
    struct many_inner in394;
    int bits394 : 3;
    union { int u394; char uc394[5]; };
    long arr394[2];
    char a395;
    struct many_inner in395;
    int bits395 : 3;
    union { int u395; char uc395[5]; };
    long arr395[2];
    char a396;
    struct many_inner in396;
    int bits396 : 3;
    union { int u396; char uc396[5]; };
    long arr396[2];
    char a397;
    struct many_inner in397;
    int bits397 : 3;
    union { int u397; char uc397[5]; };
    long arr397[2];
    char a398;
    struct many_inner in398;
    int bits398 : 3;
    union { int u398; char uc398[5]; };
    long arr398[2];
    char a399;
    struct many_inner in399;
    int bits399 : 3;
    union { int u399; char uc399[5]; };
    long arr399[2];
    char a400;
    struct many_inner in400;
    int bits400 : 3;
    union { int u400; char uc400[5]; };
    long arr400[2];
    char a401;
    struct many_inner in401;
    int bits401 : 3;
    union { int u401; char uc401[5]; };
    long arr401[2];
    char a402;
    struct many_inner in402;
    int bits402 : 3;
    union { int u402; char uc402[5]; };
    long arr402[2];
    char a403;
    struct many_inner in403;
    int bits403 : 3;
    union { int u403; char uc403[5]; };
    long arr403[2];
    char a404;
    struct many_inner in404;
    int bits404 : 3;
    union { int u404; char uc404[5]; };
    long arr404[2];
    char a405;
    struct many_inner in405;
    int bits405 : 3;
    union { int u405; char uc405[5]; };
    long arr405[2];
    char a406;
    struct many_inner in406;
    int bits406 : 3;
    union { int u406; char uc406[5]; };
    long arr406[2];
    char a407;
    struct many_inner in407;
    int bits407 : 3;
    union { int u407; char uc407[5]; };
    long arr407[2];
    char a408;
    struct many_inner in408;
    int bits408 : 3;
    union { int u408; char uc408[5]; };
    long arr408[2];
    char a409;
    struct many_inner in409;
    int bits409 : 3;
    union { int u409; char uc409[5]; };
    long arr409[2];
    char a410;
    struct many_inner in410;
    int bits410 : 3;
    union { int u410; char uc410[5]; };
    long arr410[2];
    char a411;
    struct many_inner in411;
    int bits411 : 3;
    union { int u411; char uc411[5]; };
    long arr411[2];
    char a412;
    struct many_inner in412;
    int bits412 : 3;
    union { int u412; char uc412[5]; };
    long arr412[2];
    char a413;
    struct many_inner in413;
    int bits413 : 3;
    union { int u413; char uc413[5]; };
    long arr413[2];
    char a414;
    struct many_inner in414;
    int bits414 : 3;
    union { int u414; char uc414[5]; };
    long arr414[2];
    char a415;
    struct many_inner in415;
    int bits415 : 3;
    union { int u415; char uc415[5]; };
    long arr415[2];
    char a416;
    struct many_inner in416;
    int bits416 : 3;
    union { int u416; char uc416[5]; };
    long arr416[2];
    char a417;
    struct many_inner in417;
    int bits417 : 3;
    union { int u417; char uc417[5]; };
    long arr417[2];
    char a418;
    struct many_inner in418;
    int bits418 : 3;
    union { int u418; char uc418[5]; };
    long arr418[2];
    char a419;
    struct many_inner in419;
    int bits419 : 3;
    union { int u419; char uc419[5]; };
    long arr419[2];
    char a420;
    struct many_inner in420;
    int bits420 : 3;
    union { int u420; char uc420[5]; };
    long arr420[2];
    char a421;
    struct many_inner in421;
    int bits421 : 3;
    union { int u421; char uc421[5]; };
    long arr421[2];
    char a422;
    struct many_inner in422;
    int bits422 : 3;
    union { int u422; char uc422[5]; };
    long arr422[2];
    char a423;
    struct many_inner in423;
    int bits423 : 3;
    union { int u423; char uc423[5]; };
    long arr423[2];
    char a424;
    struct many_inner in424;
    int bits424 : 3;
    union { int u424; char uc424[5]; };
    long arr424[2];
    char a425;
    struct many_inner in425;
    int bits425 : 3;
    union { int u425; char uc425[5]; };
    long arr425[2];
    char a426;
    struct many_inner in426;
    int bits426 : 3;
    union { int u426; char uc426[5]; };
    long arr426[2];
    char a427;
    struct many_inner in427;
    int bits427 : 3;
    union { int u427; char uc427[5]; };
    long arr427[2];
    char a428;
    struct many_inner in428;
    int bits428 : 3;
    union { int u428; char uc428[5]; };
    long arr428[2];
    char a429;
    struct many_inner in429;
    int bits429 : 3;
    union { int u429; char uc429[5]; };
    long arr429[2];
    char a430;
    struct many_inner in430;
    int bits430 : 3;
    union { int u430; char uc430[5]; };
    long arr430[2];
    char a431;
    struct many_inner in431;
    int bits431 : 3;
    union { int u431; char uc431[5]; };
    long arr431[2];
    char a432;
    struct many_inner in432;
    int bits432 : 3;
    union { int u432; char uc432[5]; };
    long arr432[2];
    char a433;
    struct many_inner in433;
    int bits433 : 3;
    union { int u433; char uc433[5]; };
    long arr433[2];
    char a434;
    struct many_inner in434;
    int bits434 : 3;
    union { int u434; char uc434[5]; };
    long arr434[2];
    char a435;
    struct many_inner in435;
    int bits435 : 3;
    union { int u435; char uc435[5]; };
    long arr435[2];
    char a436;
    struct many_inner in436;
    int bits436 : 3;
    union { int u436; char uc436[5]; };
    long arr436[2];
    char a437;
    struct many_inner in437;
    int bits437 : 3;
    union { int u437; char uc437[5]; };
    long arr437[2];
    char a438;
    struct many_inner in438;
    int bits438 : 3;
    union { int u438; char uc438[5]; };
    long arr438[2];
    char a439;
    struct many_inner in439;
    int bits439 : 3;
    union { int u439; char uc439[5]; };
    long arr439[2];
    char a440;
    struct many_inner in440;
    int bits440 : 3;
    union { int u440; char uc440[5]; };
    long arr440[2];
    char a441;
    struct many_inner in441;
    int bits441 : 3;
    union { int u441; char uc441[5]; };
    long arr441[2];
    char a442;
    struct many_inner in442;
    int bits442 : 3;
    union { int u442; char uc442[5]; };
    long arr442[2];
    char a443;
    struct many_inner in443;
    int bits443 : 3;
    union { int u443; char uc443[5]; };
    long arr443[2];
    char a444;
    struct many_inner in444;
    int bits444 : 3;
    union { int u444; char uc444[5]; };
    long arr444[2];
    char a445;
    struct many_inner in445;
    int bits445 : 3;
    union { int u445; char uc445[5]; };
    long arr445[2];
    char a446;
    struct many_inner in446;
    int bits446 : 3;
    union { int u446; char uc446[5]; };
    long arr446[2];
    char a447;
    struct many_inner in447;
    int bits447 : 3;
    union { int u447; char uc447[5]; };
    long arr447[2];
    char a448;
    struct many_inner in448;
    int bits448 : 3;
    union { int u448; char uc448[5]; };
    long arr448[2];
    char a449;
    struct many_inner in449;
    int bits449 : 3;
    union { int u449; char uc449[5]; };
    long arr449[2];
    char a450;
    struct many_inner in450;
    int bits450 : 3;
    union { int u450; char uc450[5]; };
    long arr450[2];
    char a451;
    struct many_inner in451;
    int bits451 : 3;
    union { int u451; char uc451[5]; };
    long arr451[2];
    char a452;
    struct many_inner in452;
    int bits452 : 3;
    union { int u452; char uc452[5]; };
    long arr452[2];
    char a453;
    struct many_inner in453;
    int bits453 : 3;
    union { int u453; char uc453[5]; };
    long arr453[2];
    char a454;
    struct many_inner in454;
    int bits454 : 3;
    union { int u454; char uc454[5]; };
    long arr454[2];
    char a455;
    struct many_inner in455;
    int bits455 : 3;
    union { int u455; char uc455[5]; };
    long arr455[2];
    char a456;
    struct many_inner in456;
    int bits456 : 3;
    union { int u456; char uc456[5]; };
    long arr456[2];
    char a457;
    struct many_inner in457;
    int bits457 : 3;
    union { int u457; char uc457[5]; };
    long arr457[2];
    char a458;
    struct many_inner in458;
    int bits458 : 3;
    union { int u458; char uc458[5]; };
    long arr458[2];
    char a459;
    struct many_inner in459;
    int bits459 : 3;
    union { int u459; char uc459[5]; };
    long arr459[2];
    char a460;
    struct many_inner in460;
    int bits460 : 3;
    union { int u460; char uc460[5]; };
    long arr460[2];
    char a461;
    struct many_inner in461;
    int bits461 : 3;
    union { int u461; char uc461[5]; };
    long arr461[2];
    char a462;
    struct many_inner in462;
    int bits462 : 3;
    union { int u462; char uc462[5]; };
    long arr462[2];
    char a463;
    struct many_inner in463;
    int bits463 : 3;
    union { int u463; char uc463[5]; };
    long arr463[2];
    char a464;
    struct many_inner in464;
    int bits464 : 3;
    union { int u464; char uc464[5]; };
    long arr464[2];
    char a465;
    struct many_inner in465;
    int bits465 : 3;
    union { int u465; char uc465[5]; };
    long arr465[2];
    char a466;
    struct many_inner in466;
    int bits466 : 3;
    union { int u466; char uc466[5]; };
    long arr466[2];
    char a467;
    struct many_inner in467;
    int bits467 : 3;
    union { int u467; char uc467[5]; };
    long arr467[2];
    char a468;
    struct many_inner in468;
    int bits468 : 3;
    union { int u468; char uc468[5]; };
    long arr468[2];
    char a469;
    struct many_inner in469;
    int bits469 : 3;
    union { int u469; char uc469[5]; };
    long arr469[2];
    char a470;
    struct many_inner in470;
    int bits470 : 3;
    union { int u470; char uc470[5]; };
    long arr470[2];
    char a471;
    struct many_inner in471;
    int bits471 : 3;
    union { int u471; char uc471[5]; };
    long arr471[2];
    char a472;
    struct many_inner in472;
    int bits472 : 3;
    union { int u472; char uc472[5]; };
    long arr472[2];
    char a473;
    struct many_inner in473;
    int bits473 : 3;
    union { int u473; char uc473[5]; };
    long arr473[2];
    char a474;
    struct many_inner in474;
    int bits474 : 3;
    union { int u474; char uc474[5]; };
    long arr474[2];
    char a475;
    struct many_inner in475;
    int bits475 : 3;
    union { int u475; char uc475[5]; };
    long arr475[2];
    char a476;
    struct many_inner in476;
    int bits476 : 3;
    union { int u476; char uc476[5]; };
    long arr476[2];
    char a477;
    struct many_inner in477;
    int bits477 : 3;
    union { int u477; char uc477[5]; };
    long arr477[2];
    char a478;
    struct many_inner in478;
    int bits478 : 3;
    union { int u478; char uc478[5]; };
    long arr478[2];
    char a479;
    struct many_inner in479;
    int bits479 : 3;
    union { int u479; char uc479[5]; };
    long arr479[2];
    char a480;
    struct many_inner in480;
    int bits480 : 3;
    union { int u480; char uc480[5]; };
    long arr480[2];
    char a481;
    struct many_inner in481;
    int bits481 : 3;
    union { int u481; char uc481[5]; };
    long arr481[2];
    char a482;
    struct many_inner in482;
    int bits482 : 3;
    union { int u482; char uc482[5]; };
    long arr482[2];
    char a483;
    struct many_inner in483;
    int bits483 : 3;
    union { int u483; char uc483[5]; };
    long arr483[2];
    char a484;
    struct many_inner in484;
    int bits484 : 3;
    union { int u484; char uc484[5]; };
    long arr484[2];
    char a485;
    struct many_inner in485;
    int bits485 : 3;
    union { int u485; char uc485[5]; };
    long arr485[2];
    char a486;
    struct many_inner in486;
    int bits486 : 3;
    union { int u486; char uc486[5]; };
    long arr486[2];
    char a487;
    struct many_inner in487;
    int bits487 : 3;
    union { int u487; char uc487[5]; };
    long arr487[2];
    char a488;
    struct many_inner in488;
    int bits488 : 3;
    union { int u488; char uc488[5]; };
    long arr488[2];
    char a489;
    struct many_inner in489;
    int bits489 : 3;
    union { int u489; char uc489[5]; };
    long arr489[2];
    char a490;
    struct many_inner in490;
    int bits490 : 3;
    union { int u490; char uc490[5]; };
    long arr490[2];
    char a491;
    struct many_inner in491;
    int bits491 : 3;
    union { int u491; char uc491[5]; };
    long arr491[2];
    char a492;
    struct many_inner in492;
    int bits492 : 3;
    union { int u492; char uc492[5]; };
    long arr492[2];
    char a493;
    struct many_inner in493;
    int bits493 : 3;
    union { int u493; char uc493[5]; };
    long arr493[2];
    char a494;
    struct many_inner in494;
    int bits494 : 3;
    union { int u494; char uc494[5]; };
    long arr494[2];
    char a495;
    struct many_inner in495;
    int bits495 : 3;
    union { int u495; char uc495[5]; };
    long arr495[2];
    char a496;
    struct many_inner in496;
    int bits496 : 3;
    union { int u496; char uc496[5]; };
    long arr496[2];
    char a497;
    struct many_inner in497;
    int bits497 : 3;
    union { int u497; char uc497[5]; };
    long arr497[2];
    char a498;
    struct many_inner in498;
    int bits498 : 3;
    union { int u498; char uc498[5]; };
    long arr498[2];
    char a499;
    struct many_inner in499;
    int bits499 : 3;
    union { int u499; char uc499[5]; };
    long arr499[2];
};
