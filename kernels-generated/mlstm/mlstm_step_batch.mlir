module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @mlstm_step_batch(%in_q: !llvm.ptr, %in_k: !llvm.ptr, %in_v: !llvm.ptr, %in_ig: !llvm.ptr, %in_fg: !llvm.ptr, %out_o: !llvm.ptr, %state_m: !llvm.ptr, %next_m: !llvm.ptr, %state_C: !llvm.ptr, %state_n: !llvm.ptr, %next_n: !llvm.ptr, %size_B: i64, %size_L: i64, %size_H: i64, %size_DK: i64, %size_DV: i64) kernel {
      nvvm.griddepcontrol wait
      nvvm.griddepcontrol launch_dependents
      %v1 = arith.constant 16 : i64
      %v2 = arith.constant 1 : i64
      %v3 = arith.muli %size_B, %size_H : i64
      %v4 = arith.muli %v3, %size_DV : i64
      %v5 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v6 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v7 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v8 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v9 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v10 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v11 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v12 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v13 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v14 = arith.constant 63 : i64
      %v15 = arith.constant 64 : i64
      %v16 = arith.divui %v15, %v15 : i64
      %v21 = arith.constant 4 : i64
      %v39 = arith.muli %size_DV, %v1 : i64
      %v40 = arith.muli %v39, %size_H : i64
      %v79 = arith.muli %v1, %size_H : i64
      %v110 = arith.constant 0 : i64
      %v115 = arith.constant 0x00000000 : f32
      %v119 = arith.constant 0x3FB8AA3B : f32
      %v122 = arith.constant 0x3F800000 : f32
      %v125 = arith.constant 0x3F317218 : f32
      %v127 = arith.constant 0x3E124925 : f32
      %v129 = arith.constant 0xBE2AAAAB : f32
      %v132 = arith.constant 0x3E4CCCCD : f32
      %v135 = arith.constant 0xBE800000 : f32
      %v138 = arith.constant 0x3EAAAAAB : f32
      %v141 = arith.constant 0xBF000000 : f32
      %v147 = arith.constant 0x3D800000 : f32
      %v167 = arith.muli %v1, %size_H : i64
      %v178 = arith.muli %size_DV, %size_H : i64
      %v284 = arith.constant 1 : i32
      %v285 = arith.constant 32 : i32
      %v289 = arith.constant 2 : i32
      %v17 = gpu.block_id x
      %v18 = gpu.thread_id x
      %v19 = arith.index_cast %v18 : index to i64
      %v20 = arith.index_cast %v17 : index to i64
      %v22 = arith.remui %v19, %v21 : i64
      %v23 = arith.divui %v19, %v21 : i64
      %v24 = arith.muli %v20, %v1 : i64
      %v25 = arith.addi %v24, %v23 : i64
      %v26 = arith.cmpi slt, %v25, %v4 : i64
      %v27 = arith.subi %v4, %v2 : i64
      %v28 = arith.minsi %v25, %v27 : i64
      %v29 = arith.remui %v28, %size_DV : i64
      %v30 = arith.divui %v28, %size_DV : i64
      %v31 = arith.remui %v30, %size_H : i64
      %v32 = arith.divui %v30, %size_H : i64
      %v33 = arith.remui %v32, %size_B : i64
      %v34 = arith.divui %v32, %size_B : i64
      %v174 = arith.sitofp %v1 : i64 to f32
      %v175 = llvm.call_intrinsic "llvm.sqrt.f32"(%v174) : (f32) -> f32
      %v35 = arith.muli %v33, %size_H : i64
      %v36 = arith.addi %v35, %v31 : i64
      %v37 = llvm.getelementptr %state_m[%v36] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v38 = llvm.load %v37 : !llvm.ptr -> f32
      llvm.store %v38, %v5 : f32, !llvm.ptr
      %v41 = arith.muli %v33, %v40 : i64
      %v42 = arith.muli %v31, %v39 : i64
      %v43 = arith.addi %v41, %v42 : i64
      %v44 = arith.muli %v22, %size_DV : i64
      %v45 = arith.addi %v43, %v44 : i64
      %v46 = arith.addi %v45, %v29 : i64
      %v47 = llvm.getelementptr %state_C[%v46] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v48 = llvm.load %v47 : !llvm.ptr -> f32
      llvm.store %v48, %v6 : f32, !llvm.ptr
      %v49 = arith.muli %v33, %v40 : i64
      %v50 = arith.muli %v31, %v39 : i64
      %v51 = arith.addi %v49, %v50 : i64
      %v52 = arith.constant 4 : i64
      %v53 = arith.addi %v52, %v22 : i64
      %v54 = arith.muli %v53, %size_DV : i64
      %v55 = arith.addi %v51, %v54 : i64
      %v56 = arith.addi %v55, %v29 : i64
      %v57 = llvm.getelementptr %state_C[%v56] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v58 = llvm.load %v57 : !llvm.ptr -> f32
      llvm.store %v58, %v7 : f32, !llvm.ptr
      %v59 = arith.muli %v33, %v40 : i64
      %v60 = arith.muli %v31, %v39 : i64
      %v61 = arith.addi %v59, %v60 : i64
      %v62 = arith.constant 8 : i64
      %v63 = arith.addi %v62, %v22 : i64
      %v64 = arith.muli %v63, %size_DV : i64
      %v65 = arith.addi %v61, %v64 : i64
      %v66 = arith.addi %v65, %v29 : i64
      %v67 = llvm.getelementptr %state_C[%v66] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v68 = llvm.load %v67 : !llvm.ptr -> f32
      llvm.store %v68, %v8 : f32, !llvm.ptr
      %v69 = arith.muli %v33, %v40 : i64
      %v70 = arith.muli %v31, %v39 : i64
      %v71 = arith.addi %v69, %v70 : i64
      %v72 = arith.constant 12 : i64
      %v73 = arith.addi %v72, %v22 : i64
      %v74 = arith.muli %v73, %size_DV : i64
      %v75 = arith.addi %v71, %v74 : i64
      %v76 = arith.addi %v75, %v29 : i64
      %v77 = llvm.getelementptr %state_C[%v76] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v78 = llvm.load %v77 : !llvm.ptr -> f32
      llvm.store %v78, %v9 : f32, !llvm.ptr
      %v80 = arith.muli %v33, %v79 : i64
      %v81 = arith.muli %v31, %v1 : i64
      %v82 = arith.addi %v80, %v81 : i64
      %v83 = arith.addi %v82, %v22 : i64
      %v84 = llvm.getelementptr %state_n[%v83] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v85 = llvm.load %v84 : !llvm.ptr -> f32
      llvm.store %v85, %v10 : f32, !llvm.ptr
      %v86 = arith.muli %v33, %v79 : i64
      %v87 = arith.muli %v31, %v1 : i64
      %v88 = arith.addi %v86, %v87 : i64
      %v89 = arith.constant 4 : i64
      %v90 = arith.addi %v89, %v22 : i64
      %v91 = arith.addi %v88, %v90 : i64
      %v92 = llvm.getelementptr %state_n[%v91] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v93 = llvm.load %v92 : !llvm.ptr -> f32
      llvm.store %v93, %v11 : f32, !llvm.ptr
      %v94 = arith.muli %v33, %v79 : i64
      %v95 = arith.muli %v31, %v1 : i64
      %v96 = arith.addi %v94, %v95 : i64
      %v97 = arith.constant 8 : i64
      %v98 = arith.addi %v97, %v22 : i64
      %v99 = arith.addi %v96, %v98 : i64
      %v100 = llvm.getelementptr %state_n[%v99] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v101 = llvm.load %v100 : !llvm.ptr -> f32
      llvm.store %v101, %v12 : f32, !llvm.ptr
      %v102 = arith.muli %v33, %v79 : i64
      %v103 = arith.muli %v31, %v1 : i64
      %v104 = arith.addi %v102, %v103 : i64
      %v105 = arith.constant 12 : i64
      %v106 = arith.addi %v105, %v22 : i64
      %v107 = arith.addi %v104, %v106 : i64
      %v108 = llvm.getelementptr %state_n[%v107] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v109 = llvm.load %v108 : !llvm.ptr -> f32
      llvm.store %v109, %v13 : f32, !llvm.ptr
      %v111 = arith.muli %v33, %size_H : i64
      %v112 = arith.addi %v111, %v31 : i64
      %v113 = llvm.getelementptr %in_fg[%v112] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v114 = llvm.load %v113 : !llvm.ptr -> f32
      %v116 = arith.minimumf %v114, %v115 : f32
      %v117 = llvm.call_intrinsic "llvm.fabs.f32"(%v114) : (f32) -> f32
      %v118 = arith.negf %v117 : f32
      %v120 = arith.mulf %v118, %v119 fastmath<contract> : f32
      %v121 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v120) : (f32) -> f32
      %v123 = arith.addf %v122, %v121 fastmath<contract> : f32
      %v124 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v123) : (f32) -> f32
      %v126 = arith.mulf %v124, %v125 fastmath<contract> : f32
      %v128 = arith.mulf %v127, %v121 fastmath<contract> : f32
      %v130 = arith.addf %v128, %v129 fastmath<contract> : f32
      %v131 = arith.mulf %v130, %v121 fastmath<contract> : f32
      %v133 = arith.addf %v131, %v132 fastmath<contract> : f32
      %v134 = arith.mulf %v133, %v121 fastmath<contract> : f32
      %v136 = arith.addf %v134, %v135 fastmath<contract> : f32
      %v137 = arith.mulf %v136, %v121 fastmath<contract> : f32
      %v139 = arith.addf %v137, %v138 fastmath<contract> : f32
      %v140 = arith.mulf %v139, %v121 fastmath<contract> : f32
      %v142 = arith.addf %v140, %v141 fastmath<contract> : f32
      %v143 = arith.mulf %v142, %v121 fastmath<contract> : f32
      %v144 = arith.addf %v143, %v122 fastmath<contract> : f32
      %v145 = arith.mulf %v144, %v121 fastmath<contract> : f32
      %v146 = llvm.call_intrinsic "llvm.fabs.f32"(%v121) : (f32) -> f32
      %v148 = arith.cmpf olt, %v146, %v147 : f32
      %v149 = arith.select %v148, %v145, %v126 : f32
      %v150 = arith.subf %v116, %v149 fastmath<contract> : f32
      %v151 = arith.muli %v33, %size_H : i64
      %v152 = arith.addi %v151, %v31 : i64
      %v153 = llvm.getelementptr %in_ig[%v152] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v154 = llvm.load %v153 : !llvm.ptr -> f32
      %v155 = llvm.load %v5 : !llvm.ptr -> f32
      %v156 = arith.addf %v150, %v155 fastmath<contract> : f32
      %v157 = arith.maximumf %v156, %v154 : f32
      %v158 = llvm.load %v5 : !llvm.ptr -> f32
      %v159 = arith.addf %v150, %v158 fastmath<contract> : f32
      %v160 = arith.maximumf %v159, %v154 : f32
      %v161 = arith.subf %v159, %v160 fastmath<contract> : f32
      %v162 = arith.mulf %v161, %v119 fastmath<contract> : f32
      %v163 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v162) : (f32) -> f32
      %v164 = arith.subf %v154, %v160 fastmath<contract> : f32
      %v165 = arith.mulf %v164, %v119 fastmath<contract> : f32
      %v166 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v165) : (f32) -> f32
      %v168 = arith.muli %v33, %v167 : i64
      %v169 = arith.muli %v31, %v1 : i64
      %v170 = arith.addi %v168, %v169 : i64
      %v171 = arith.addi %v170, %v22 : i64
      %v172 = llvm.getelementptr %in_k[%v171] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v173 = llvm.load %v172 : !llvm.ptr -> f32
      %v176 = arith.divf %v173, %v175 : f32
      %v177 = arith.mulf %v166, %v176 fastmath<contract> : f32
      %v179 = arith.muli %v33, %v178 : i64
      %v180 = arith.muli %v31, %size_DV : i64
      %v181 = arith.addi %v179, %v180 : i64
      %v182 = arith.addi %v181, %v29 : i64
      %v183 = llvm.getelementptr %in_v[%v182] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v184 = llvm.load %v183 : !llvm.ptr -> f32
      %v185 = arith.mulf %v177, %v184 fastmath<contract> : f32
      %v186 = llvm.load %v6 : !llvm.ptr -> f32
      %v187 = arith.mulf %v163, %v186 fastmath<contract> : f32
      %v188 = arith.addf %v187, %v185 fastmath<contract> : f32
      %v189 = arith.muli %v33, %v167 : i64
      %v190 = arith.muli %v31, %v1 : i64
      %v191 = arith.addi %v189, %v190 : i64
      %v192 = arith.constant 4 : i64
      %v193 = arith.addi %v192, %v22 : i64
      %v194 = arith.addi %v191, %v193 : i64
      %v195 = llvm.getelementptr %in_k[%v194] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v196 = llvm.load %v195 : !llvm.ptr -> f32
      %v197 = arith.divf %v196, %v175 : f32
      %v198 = arith.mulf %v166, %v197 fastmath<contract> : f32
      %v199 = arith.mulf %v198, %v184 fastmath<contract> : f32
      %v200 = llvm.load %v7 : !llvm.ptr -> f32
      %v201 = arith.mulf %v163, %v200 fastmath<contract> : f32
      %v202 = arith.addf %v201, %v199 fastmath<contract> : f32
      %v203 = arith.muli %v33, %v167 : i64
      %v204 = arith.muli %v31, %v1 : i64
      %v205 = arith.addi %v203, %v204 : i64
      %v206 = arith.constant 8 : i64
      %v207 = arith.addi %v206, %v22 : i64
      %v208 = arith.addi %v205, %v207 : i64
      %v209 = llvm.getelementptr %in_k[%v208] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v210 = llvm.load %v209 : !llvm.ptr -> f32
      %v211 = arith.divf %v210, %v175 : f32
      %v212 = arith.mulf %v166, %v211 fastmath<contract> : f32
      %v213 = arith.mulf %v212, %v184 fastmath<contract> : f32
      %v214 = llvm.load %v8 : !llvm.ptr -> f32
      %v215 = arith.mulf %v163, %v214 fastmath<contract> : f32
      %v216 = arith.addf %v215, %v213 fastmath<contract> : f32
      %v217 = arith.muli %v33, %v167 : i64
      %v218 = arith.muli %v31, %v1 : i64
      %v219 = arith.addi %v217, %v218 : i64
      %v220 = arith.constant 12 : i64
      %v221 = arith.addi %v220, %v22 : i64
      %v222 = arith.addi %v219, %v221 : i64
      %v223 = llvm.getelementptr %in_k[%v222] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v224 = llvm.load %v223 : !llvm.ptr -> f32
      %v225 = arith.divf %v224, %v175 : f32
      %v226 = arith.mulf %v166, %v225 fastmath<contract> : f32
      %v227 = arith.mulf %v226, %v184 fastmath<contract> : f32
      %v228 = llvm.load %v9 : !llvm.ptr -> f32
      %v229 = arith.mulf %v163, %v228 fastmath<contract> : f32
      %v230 = arith.addf %v229, %v227 fastmath<contract> : f32
      %v231 = llvm.load %v10 : !llvm.ptr -> f32
      %v232 = arith.mulf %v163, %v231 fastmath<contract> : f32
      %v233 = arith.addf %v232, %v177 fastmath<contract> : f32
      %v234 = llvm.load %v11 : !llvm.ptr -> f32
      %v235 = arith.mulf %v163, %v234 fastmath<contract> : f32
      %v236 = arith.addf %v235, %v198 fastmath<contract> : f32
      %v237 = llvm.load %v12 : !llvm.ptr -> f32
      %v238 = arith.mulf %v163, %v237 fastmath<contract> : f32
      %v239 = arith.addf %v238, %v212 fastmath<contract> : f32
      %v240 = llvm.load %v13 : !llvm.ptr -> f32
      %v241 = arith.mulf %v163, %v240 fastmath<contract> : f32
      %v242 = arith.addf %v241, %v226 fastmath<contract> : f32
      llvm.store %v157, %v5 : f32, !llvm.ptr
      llvm.store %v188, %v6 : f32, !llvm.ptr
      llvm.store %v202, %v7 : f32, !llvm.ptr
      llvm.store %v216, %v8 : f32, !llvm.ptr
      llvm.store %v230, %v9 : f32, !llvm.ptr
      llvm.store %v233, %v10 : f32, !llvm.ptr
      llvm.store %v236, %v11 : f32, !llvm.ptr
      llvm.store %v239, %v12 : f32, !llvm.ptr
      llvm.store %v242, %v13 : f32, !llvm.ptr
      %v243 = arith.muli %v33, %v167 : i64
      %v244 = arith.muli %v31, %v1 : i64
      %v245 = arith.addi %v243, %v244 : i64
      %v246 = arith.addi %v245, %v22 : i64
      %v247 = llvm.getelementptr %in_q[%v246] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v248 = llvm.load %v247 : !llvm.ptr -> f32
      %v249 = llvm.load %v6 : !llvm.ptr -> f32
      %v250 = arith.mulf %v248, %v249 fastmath<contract> : f32
      %v251 = arith.muli %v33, %v167 : i64
      %v252 = arith.muli %v31, %v1 : i64
      %v253 = arith.addi %v251, %v252 : i64
      %v254 = arith.constant 4 : i64
      %v255 = arith.addi %v254, %v22 : i64
      %v256 = arith.addi %v253, %v255 : i64
      %v257 = llvm.getelementptr %in_q[%v256] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v258 = llvm.load %v257 : !llvm.ptr -> f32
      %v259 = llvm.load %v7 : !llvm.ptr -> f32
      %v260 = arith.mulf %v258, %v259 fastmath<contract> : f32
      %v261 = arith.addf %v250, %v260 fastmath<contract> : f32
      %v262 = arith.muli %v33, %v167 : i64
      %v263 = arith.muli %v31, %v1 : i64
      %v264 = arith.addi %v262, %v263 : i64
      %v265 = arith.constant 8 : i64
      %v266 = arith.addi %v265, %v22 : i64
      %v267 = arith.addi %v264, %v266 : i64
      %v268 = llvm.getelementptr %in_q[%v267] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v269 = llvm.load %v268 : !llvm.ptr -> f32
      %v270 = llvm.load %v8 : !llvm.ptr -> f32
      %v271 = arith.mulf %v269, %v270 fastmath<contract> : f32
      %v272 = arith.addf %v261, %v271 fastmath<contract> : f32
      %v273 = arith.muli %v33, %v167 : i64
      %v274 = arith.muli %v31, %v1 : i64
      %v275 = arith.addi %v273, %v274 : i64
      %v276 = arith.constant 12 : i64
      %v277 = arith.addi %v276, %v22 : i64
      %v278 = arith.addi %v275, %v277 : i64
      %v279 = llvm.getelementptr %in_q[%v278] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v280 = llvm.load %v279 : !llvm.ptr -> f32
      %v281 = llvm.load %v9 : !llvm.ptr -> f32
      %v282 = arith.mulf %v280, %v281 fastmath<contract> : f32
      %v283 = arith.addf %v272, %v282 fastmath<contract> : f32
      // sum over the lanes: butterfly shuffles, every lane gets the total
      %v286, %v287 = gpu.shuffle xor %v283, %v284, %v285 : f32
      %v288 = arith.addf %v283, %v286 fastmath<contract> : f32
      %v290, %v291 = gpu.shuffle xor %v288, %v289, %v285 : f32
      %v292 = arith.addf %v288, %v290 fastmath<contract> : f32
      // end sum over the lanes
      %v293 = llvm.load %v10 : !llvm.ptr -> f32
      %v294 = arith.mulf %v248, %v293 fastmath<contract> : f32
      %v295 = llvm.load %v11 : !llvm.ptr -> f32
      %v296 = arith.mulf %v258, %v295 fastmath<contract> : f32
      %v297 = arith.addf %v294, %v296 fastmath<contract> : f32
      %v298 = llvm.load %v12 : !llvm.ptr -> f32
      %v299 = arith.mulf %v269, %v298 fastmath<contract> : f32
      %v300 = arith.addf %v297, %v299 fastmath<contract> : f32
      %v301 = llvm.load %v13 : !llvm.ptr -> f32
      %v302 = arith.mulf %v280, %v301 fastmath<contract> : f32
      %v303 = arith.addf %v300, %v302 fastmath<contract> : f32
      // sum over the lanes: butterfly shuffles, every lane gets the total
      %v304, %v305 = gpu.shuffle xor %v303, %v284, %v285 : f32
      %v306 = arith.addf %v303, %v304 fastmath<contract> : f32
      %v307, %v308 = gpu.shuffle xor %v306, %v289, %v285 : f32
      %v309 = arith.addf %v306, %v307 fastmath<contract> : f32
      // end sum over the lanes
      %v310 = llvm.call_intrinsic "llvm.fabs.f32"(%v309) : (f32) -> f32
      %v311 = llvm.load %v5 : !llvm.ptr -> f32
      %v312 = arith.negf %v311 : f32
      %v313 = arith.mulf %v312, %v119 fastmath<contract> : f32
      %v314 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v313) : (f32) -> f32
      %v315 = arith.maximumf %v310, %v314 : f32
      %v316 = arith.divf %v292, %v315 : f32
      scf.if %v26 {
        %v317 = arith.muli %v33, %v178 : i64
        %v318 = arith.muli %v31, %size_DV : i64
        %v319 = arith.addi %v317, %v318 : i64
        %v320 = arith.addi %v319, %v29 : i64
        %v321 = llvm.getelementptr %out_o[%v320] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v316, %v321 : f32, !llvm.ptr
      }
      scf.if %v26 {
        %v322 = llvm.load %v5 : !llvm.ptr -> f32
        %v323 = arith.muli %v33, %size_H : i64
        %v324 = arith.addi %v323, %v31 : i64
        %v325 = llvm.getelementptr %next_m[%v324] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v322, %v325 : f32, !llvm.ptr
        %v326 = llvm.load %v6 : !llvm.ptr -> f32
        %v327 = arith.muli %v33, %v40 : i64
        %v328 = arith.muli %v31, %v39 : i64
        %v329 = arith.addi %v327, %v328 : i64
        %v330 = arith.muli %v22, %size_DV : i64
        %v331 = arith.addi %v329, %v330 : i64
        %v332 = arith.addi %v331, %v29 : i64
        %v333 = llvm.getelementptr %state_C[%v332] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v326, %v333 : f32, !llvm.ptr
        %v334 = llvm.load %v7 : !llvm.ptr -> f32
        %v335 = arith.muli %v33, %v40 : i64
        %v336 = arith.muli %v31, %v39 : i64
        %v337 = arith.addi %v335, %v336 : i64
        %v338 = arith.constant 4 : i64
        %v339 = arith.addi %v338, %v22 : i64
        %v340 = arith.muli %v339, %size_DV : i64
        %v341 = arith.addi %v337, %v340 : i64
        %v342 = arith.addi %v341, %v29 : i64
        %v343 = llvm.getelementptr %state_C[%v342] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v334, %v343 : f32, !llvm.ptr
        %v344 = llvm.load %v8 : !llvm.ptr -> f32
        %v345 = arith.muli %v33, %v40 : i64
        %v346 = arith.muli %v31, %v39 : i64
        %v347 = arith.addi %v345, %v346 : i64
        %v348 = arith.constant 8 : i64
        %v349 = arith.addi %v348, %v22 : i64
        %v350 = arith.muli %v349, %size_DV : i64
        %v351 = arith.addi %v347, %v350 : i64
        %v352 = arith.addi %v351, %v29 : i64
        %v353 = llvm.getelementptr %state_C[%v352] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v344, %v353 : f32, !llvm.ptr
        %v354 = llvm.load %v9 : !llvm.ptr -> f32
        %v355 = arith.muli %v33, %v40 : i64
        %v356 = arith.muli %v31, %v39 : i64
        %v357 = arith.addi %v355, %v356 : i64
        %v358 = arith.constant 12 : i64
        %v359 = arith.addi %v358, %v22 : i64
        %v360 = arith.muli %v359, %size_DV : i64
        %v361 = arith.addi %v357, %v360 : i64
        %v362 = arith.addi %v361, %v29 : i64
        %v363 = llvm.getelementptr %state_C[%v362] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v354, %v363 : f32, !llvm.ptr
        %v364 = llvm.load %v10 : !llvm.ptr -> f32
        %v365 = arith.muli %v33, %v79 : i64
        %v366 = arith.muli %v31, %v1 : i64
        %v367 = arith.addi %v365, %v366 : i64
        %v368 = arith.addi %v367, %v22 : i64
        %v369 = llvm.getelementptr %next_n[%v368] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v364, %v369 : f32, !llvm.ptr
        %v370 = llvm.load %v11 : !llvm.ptr -> f32
        %v371 = arith.muli %v33, %v79 : i64
        %v372 = arith.muli %v31, %v1 : i64
        %v373 = arith.addi %v371, %v372 : i64
        %v374 = arith.constant 4 : i64
        %v375 = arith.addi %v374, %v22 : i64
        %v376 = arith.addi %v373, %v375 : i64
        %v377 = llvm.getelementptr %next_n[%v376] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v370, %v377 : f32, !llvm.ptr
        %v378 = llvm.load %v12 : !llvm.ptr -> f32
        %v379 = arith.muli %v33, %v79 : i64
        %v380 = arith.muli %v31, %v1 : i64
        %v381 = arith.addi %v379, %v380 : i64
        %v382 = arith.constant 8 : i64
        %v383 = arith.addi %v382, %v22 : i64
        %v384 = arith.addi %v381, %v383 : i64
        %v385 = llvm.getelementptr %next_n[%v384] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v378, %v385 : f32, !llvm.ptr
        %v386 = llvm.load %v13 : !llvm.ptr -> f32
        %v387 = arith.muli %v33, %v79 : i64
        %v388 = arith.muli %v31, %v1 : i64
        %v389 = arith.addi %v387, %v388 : i64
        %v390 = arith.constant 12 : i64
        %v391 = arith.addi %v390, %v22 : i64
        %v392 = arith.addi %v389, %v391 : i64
        %v393 = llvm.getelementptr %next_n[%v392] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v386, %v393 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
