module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @stabiliser_fwd(%in_fg: !llvm.ptr, %in_ig: !llvm.ptr, %in_m0: !llvm.ptr, %out_m_out: !llvm.ptr, %out_i_stab: !llvm.ptr, %out_m_last: !llvm.ptr, %ckpt_m: !llvm.ptr, %size_B: i64, %size_L: i64, %size_H: i64) kernel {
      %v1 = arith.constant 1 : i64
      %v2 = arith.muli %size_B, %size_H : i64
      %v3 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v4 = arith.constant 63 : i64
      %v5 = arith.addi %size_L, %v4 : i64
      %v6 = arith.constant 64 : i64
      %v7 = arith.divui %v5, %v6 : i64
      %v28 = arith.constant 0x00000000 : f32
      %v29 = arith.constant 0 : i64
      %v30 = arith.constant 32 : i64
      %v42 = arith.muli %size_B, %size_H : i64
      %v51 = arith.constant 16 : i64
      %v60 = arith.constant 2 : i64
      %v62 = arith.constant 3 : i64
      %v64 = arith.constant 4 : i64
      %v66 = arith.constant 5 : i64
      %v68 = arith.constant 6 : i64
      %v70 = arith.constant 7 : i64
      %v72 = arith.constant 8 : i64
      %v74 = arith.constant 9 : i64
      %v76 = arith.constant 10 : i64
      %v78 = arith.constant 11 : i64
      %v80 = arith.constant 12 : i64
      %v82 = arith.constant 13 : i64
      %v84 = arith.constant 14 : i64
      %v86 = arith.constant 15 : i64
      %v89 = arith.muli %size_H, %size_L : i64
      %v302 = arith.constant 0x3FB8AA3B : f32
      %v305 = arith.constant 0x3F800000 : f32
      %v308 = arith.constant 0x3F317218 : f32
      %v310 = arith.constant 0x3E124925 : f32
      %v312 = arith.constant 0xBE2AAAAB : f32
      %v315 = arith.constant 0x3E4CCCCD : f32
      %v318 = arith.constant 0xBE800000 : f32
      %v321 = arith.constant 0x3EAAAAAB : f32
      %v324 = arith.constant 0xBF000000 : f32
      %v330 = arith.constant 0x3D800000 : f32
      %v8 = gpu.block_id x
      %v9 = gpu.thread_id x
      %v10 = arith.index_cast %v9 : index to i64
      %v11 = arith.index_cast %v8 : index to i64
      %v12 = arith.muli %v11, %v6 : i64
      %v13 = arith.addi %v12, %v10 : i64
      %v14 = arith.cmpi slt, %v13, %v2 : i64
      %v15 = arith.subi %v2, %v1 : i64
      %v16 = arith.minsi %v13, %v15 : i64
      %v17 = arith.remui %v16, %size_H : i64
      %v18 = arith.divui %v16, %size_H : i64
      %v19 = arith.remui %v18, %size_B : i64
      %v20 = arith.divui %v18, %size_B : i64
      %v21 = arith.muli %v19, %size_H : i64
      %v22 = arith.addi %v21, %v17 : i64
      %v23 = llvm.mlir.zero : !llvm.ptr
      %v24 = llvm.icmp "ne" %in_m0, %v23 : !llvm.ptr
      %v25 = scf.if %v24 -> (f32) {
        %v26 = llvm.getelementptr %in_m0[%v22] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v27 = llvm.load %v26 : !llvm.ptr -> f32
        scf.yield %v27 : f32
      } else {
        scf.yield %v28 : f32
      }
      llvm.store %v25, %v3 : f32, !llvm.ptr
      %v31 = arith.index_cast %v29 : i64 to index
      %v32 = arith.index_cast %size_L : i64 to index
      %v33 = arith.index_cast %v30 : i64 to index
      scf.for %v34 = %v31 to %v32 step %v33 {
        %v35 = arith.index_cast %v34 : index to i64
        // save the states at checkpoint steps (when given somewhere to save them)
        %v36 = arith.remui %v35, %v6 : i64
        %v37 = arith.cmpi eq, %v36, %v29 : i64
        %v38 = arith.andi %v37, %v14 : i1
        scf.if %v38 {
          %v39 = arith.divui %v35, %v6 : i64
          %v40 = llvm.mlir.zero : !llvm.ptr
          %v41 = llvm.icmp "ne" %ckpt_m, %v40 : !llvm.ptr
          scf.if %v41 {
            %v43 = arith.muli %v39, %v42 : i64
            %v44 = llvm.load %v3 : !llvm.ptr -> f32
            %v45 = arith.muli %v19, %size_H : i64
            %v46 = arith.addi %v45, %v17 : i64
            %v47 = arith.addi %v43, %v46 : i64
            %v48 = llvm.getelementptr %ckpt_m[%v47] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v44, %v48 : f32, !llvm.ptr
          }
        }
        // end save
        %v49 = arith.subi %size_L, %v35 : i64
        %v50 = arith.minsi %v49, %v30 : i64
        %v52 = arith.divui %v50, %v51 : i64
        %v53 = arith.index_cast %v29 : i64 to index
        %v54 = arith.index_cast %v52 : i64 to index
        %v55 = arith.index_cast %v1 : i64 to index
        scf.for %v56 = %v53 to %v54 step %v55 {
          %v57 = arith.index_cast %v56 : index to i64
          %v58 = arith.muli %v57, %v51 : i64
          %v59 = arith.addi %v58, %v1 : i64
          %v61 = arith.addi %v58, %v60 : i64
          %v63 = arith.addi %v58, %v62 : i64
          %v65 = arith.addi %v58, %v64 : i64
          %v67 = arith.addi %v58, %v66 : i64
          %v69 = arith.addi %v58, %v68 : i64
          %v71 = arith.addi %v58, %v70 : i64
          %v73 = arith.addi %v58, %v72 : i64
          %v75 = arith.addi %v58, %v74 : i64
          %v77 = arith.addi %v58, %v76 : i64
          %v79 = arith.addi %v58, %v78 : i64
          %v81 = arith.addi %v58, %v80 : i64
          %v83 = arith.addi %v58, %v82 : i64
          %v85 = arith.addi %v58, %v84 : i64
          %v87 = arith.addi %v58, %v86 : i64
          %v88 = arith.addi %v35, %v58 : i64
          %v90 = arith.muli %v19, %v89 : i64
          %v91 = arith.muli %v88, %size_H : i64
          %v92 = arith.addi %v90, %v91 : i64
          %v93 = arith.addi %v92, %v17 : i64
          %v94 = llvm.getelementptr %in_fg[%v93] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v95 = llvm.load %v94 : !llvm.ptr -> f32
          %v96 = arith.muli %v19, %v89 : i64
          %v97 = arith.muli %v88, %size_H : i64
          %v98 = arith.addi %v96, %v97 : i64
          %v99 = arith.addi %v98, %v17 : i64
          %v100 = llvm.getelementptr %in_ig[%v99] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v101 = llvm.load %v100 : !llvm.ptr -> f32
          %v102 = arith.addi %v35, %v59 : i64
          %v103 = arith.muli %v19, %v89 : i64
          %v104 = arith.muli %v102, %size_H : i64
          %v105 = arith.addi %v103, %v104 : i64
          %v106 = arith.addi %v105, %v17 : i64
          %v107 = llvm.getelementptr %in_fg[%v106] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v108 = llvm.load %v107 : !llvm.ptr -> f32
          %v109 = arith.muli %v19, %v89 : i64
          %v110 = arith.muli %v102, %size_H : i64
          %v111 = arith.addi %v109, %v110 : i64
          %v112 = arith.addi %v111, %v17 : i64
          %v113 = llvm.getelementptr %in_ig[%v112] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v114 = llvm.load %v113 : !llvm.ptr -> f32
          %v115 = arith.addi %v35, %v61 : i64
          %v116 = arith.muli %v19, %v89 : i64
          %v117 = arith.muli %v115, %size_H : i64
          %v118 = arith.addi %v116, %v117 : i64
          %v119 = arith.addi %v118, %v17 : i64
          %v120 = llvm.getelementptr %in_fg[%v119] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v121 = llvm.load %v120 : !llvm.ptr -> f32
          %v122 = arith.muli %v19, %v89 : i64
          %v123 = arith.muli %v115, %size_H : i64
          %v124 = arith.addi %v122, %v123 : i64
          %v125 = arith.addi %v124, %v17 : i64
          %v126 = llvm.getelementptr %in_ig[%v125] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v127 = llvm.load %v126 : !llvm.ptr -> f32
          %v128 = arith.addi %v35, %v63 : i64
          %v129 = arith.muli %v19, %v89 : i64
          %v130 = arith.muli %v128, %size_H : i64
          %v131 = arith.addi %v129, %v130 : i64
          %v132 = arith.addi %v131, %v17 : i64
          %v133 = llvm.getelementptr %in_fg[%v132] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v134 = llvm.load %v133 : !llvm.ptr -> f32
          %v135 = arith.muli %v19, %v89 : i64
          %v136 = arith.muli %v128, %size_H : i64
          %v137 = arith.addi %v135, %v136 : i64
          %v138 = arith.addi %v137, %v17 : i64
          %v139 = llvm.getelementptr %in_ig[%v138] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v140 = llvm.load %v139 : !llvm.ptr -> f32
          %v141 = arith.addi %v35, %v65 : i64
          %v142 = arith.muli %v19, %v89 : i64
          %v143 = arith.muli %v141, %size_H : i64
          %v144 = arith.addi %v142, %v143 : i64
          %v145 = arith.addi %v144, %v17 : i64
          %v146 = llvm.getelementptr %in_fg[%v145] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v147 = llvm.load %v146 : !llvm.ptr -> f32
          %v148 = arith.muli %v19, %v89 : i64
          %v149 = arith.muli %v141, %size_H : i64
          %v150 = arith.addi %v148, %v149 : i64
          %v151 = arith.addi %v150, %v17 : i64
          %v152 = llvm.getelementptr %in_ig[%v151] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v153 = llvm.load %v152 : !llvm.ptr -> f32
          %v154 = arith.addi %v35, %v67 : i64
          %v155 = arith.muli %v19, %v89 : i64
          %v156 = arith.muli %v154, %size_H : i64
          %v157 = arith.addi %v155, %v156 : i64
          %v158 = arith.addi %v157, %v17 : i64
          %v159 = llvm.getelementptr %in_fg[%v158] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v160 = llvm.load %v159 : !llvm.ptr -> f32
          %v161 = arith.muli %v19, %v89 : i64
          %v162 = arith.muli %v154, %size_H : i64
          %v163 = arith.addi %v161, %v162 : i64
          %v164 = arith.addi %v163, %v17 : i64
          %v165 = llvm.getelementptr %in_ig[%v164] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v166 = llvm.load %v165 : !llvm.ptr -> f32
          %v167 = arith.addi %v35, %v69 : i64
          %v168 = arith.muli %v19, %v89 : i64
          %v169 = arith.muli %v167, %size_H : i64
          %v170 = arith.addi %v168, %v169 : i64
          %v171 = arith.addi %v170, %v17 : i64
          %v172 = llvm.getelementptr %in_fg[%v171] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v173 = llvm.load %v172 : !llvm.ptr -> f32
          %v174 = arith.muli %v19, %v89 : i64
          %v175 = arith.muli %v167, %size_H : i64
          %v176 = arith.addi %v174, %v175 : i64
          %v177 = arith.addi %v176, %v17 : i64
          %v178 = llvm.getelementptr %in_ig[%v177] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v179 = llvm.load %v178 : !llvm.ptr -> f32
          %v180 = arith.addi %v35, %v71 : i64
          %v181 = arith.muli %v19, %v89 : i64
          %v182 = arith.muli %v180, %size_H : i64
          %v183 = arith.addi %v181, %v182 : i64
          %v184 = arith.addi %v183, %v17 : i64
          %v185 = llvm.getelementptr %in_fg[%v184] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v186 = llvm.load %v185 : !llvm.ptr -> f32
          %v187 = arith.muli %v19, %v89 : i64
          %v188 = arith.muli %v180, %size_H : i64
          %v189 = arith.addi %v187, %v188 : i64
          %v190 = arith.addi %v189, %v17 : i64
          %v191 = llvm.getelementptr %in_ig[%v190] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v192 = llvm.load %v191 : !llvm.ptr -> f32
          %v193 = arith.addi %v35, %v73 : i64
          %v194 = arith.muli %v19, %v89 : i64
          %v195 = arith.muli %v193, %size_H : i64
          %v196 = arith.addi %v194, %v195 : i64
          %v197 = arith.addi %v196, %v17 : i64
          %v198 = llvm.getelementptr %in_fg[%v197] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v199 = llvm.load %v198 : !llvm.ptr -> f32
          %v200 = arith.muli %v19, %v89 : i64
          %v201 = arith.muli %v193, %size_H : i64
          %v202 = arith.addi %v200, %v201 : i64
          %v203 = arith.addi %v202, %v17 : i64
          %v204 = llvm.getelementptr %in_ig[%v203] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v205 = llvm.load %v204 : !llvm.ptr -> f32
          %v206 = arith.addi %v35, %v75 : i64
          %v207 = arith.muli %v19, %v89 : i64
          %v208 = arith.muli %v206, %size_H : i64
          %v209 = arith.addi %v207, %v208 : i64
          %v210 = arith.addi %v209, %v17 : i64
          %v211 = llvm.getelementptr %in_fg[%v210] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v212 = llvm.load %v211 : !llvm.ptr -> f32
          %v213 = arith.muli %v19, %v89 : i64
          %v214 = arith.muli %v206, %size_H : i64
          %v215 = arith.addi %v213, %v214 : i64
          %v216 = arith.addi %v215, %v17 : i64
          %v217 = llvm.getelementptr %in_ig[%v216] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v218 = llvm.load %v217 : !llvm.ptr -> f32
          %v219 = arith.addi %v35, %v77 : i64
          %v220 = arith.muli %v19, %v89 : i64
          %v221 = arith.muli %v219, %size_H : i64
          %v222 = arith.addi %v220, %v221 : i64
          %v223 = arith.addi %v222, %v17 : i64
          %v224 = llvm.getelementptr %in_fg[%v223] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v225 = llvm.load %v224 : !llvm.ptr -> f32
          %v226 = arith.muli %v19, %v89 : i64
          %v227 = arith.muli %v219, %size_H : i64
          %v228 = arith.addi %v226, %v227 : i64
          %v229 = arith.addi %v228, %v17 : i64
          %v230 = llvm.getelementptr %in_ig[%v229] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v231 = llvm.load %v230 : !llvm.ptr -> f32
          %v232 = arith.addi %v35, %v79 : i64
          %v233 = arith.muli %v19, %v89 : i64
          %v234 = arith.muli %v232, %size_H : i64
          %v235 = arith.addi %v233, %v234 : i64
          %v236 = arith.addi %v235, %v17 : i64
          %v237 = llvm.getelementptr %in_fg[%v236] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v238 = llvm.load %v237 : !llvm.ptr -> f32
          %v239 = arith.muli %v19, %v89 : i64
          %v240 = arith.muli %v232, %size_H : i64
          %v241 = arith.addi %v239, %v240 : i64
          %v242 = arith.addi %v241, %v17 : i64
          %v243 = llvm.getelementptr %in_ig[%v242] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v244 = llvm.load %v243 : !llvm.ptr -> f32
          %v245 = arith.addi %v35, %v81 : i64
          %v246 = arith.muli %v19, %v89 : i64
          %v247 = arith.muli %v245, %size_H : i64
          %v248 = arith.addi %v246, %v247 : i64
          %v249 = arith.addi %v248, %v17 : i64
          %v250 = llvm.getelementptr %in_fg[%v249] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v251 = llvm.load %v250 : !llvm.ptr -> f32
          %v252 = arith.muli %v19, %v89 : i64
          %v253 = arith.muli %v245, %size_H : i64
          %v254 = arith.addi %v252, %v253 : i64
          %v255 = arith.addi %v254, %v17 : i64
          %v256 = llvm.getelementptr %in_ig[%v255] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v257 = llvm.load %v256 : !llvm.ptr -> f32
          %v258 = arith.addi %v35, %v83 : i64
          %v259 = arith.muli %v19, %v89 : i64
          %v260 = arith.muli %v258, %size_H : i64
          %v261 = arith.addi %v259, %v260 : i64
          %v262 = arith.addi %v261, %v17 : i64
          %v263 = llvm.getelementptr %in_fg[%v262] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v264 = llvm.load %v263 : !llvm.ptr -> f32
          %v265 = arith.muli %v19, %v89 : i64
          %v266 = arith.muli %v258, %size_H : i64
          %v267 = arith.addi %v265, %v266 : i64
          %v268 = arith.addi %v267, %v17 : i64
          %v269 = llvm.getelementptr %in_ig[%v268] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v270 = llvm.load %v269 : !llvm.ptr -> f32
          %v271 = arith.addi %v35, %v85 : i64
          %v272 = arith.muli %v19, %v89 : i64
          %v273 = arith.muli %v271, %size_H : i64
          %v274 = arith.addi %v272, %v273 : i64
          %v275 = arith.addi %v274, %v17 : i64
          %v276 = llvm.getelementptr %in_fg[%v275] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v277 = llvm.load %v276 : !llvm.ptr -> f32
          %v278 = arith.muli %v19, %v89 : i64
          %v279 = arith.muli %v271, %size_H : i64
          %v280 = arith.addi %v278, %v279 : i64
          %v281 = arith.addi %v280, %v17 : i64
          %v282 = llvm.getelementptr %in_ig[%v281] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v283 = llvm.load %v282 : !llvm.ptr -> f32
          %v284 = arith.addi %v35, %v87 : i64
          %v285 = arith.muli %v19, %v89 : i64
          %v286 = arith.muli %v284, %size_H : i64
          %v287 = arith.addi %v285, %v286 : i64
          %v288 = arith.addi %v287, %v17 : i64
          %v289 = llvm.getelementptr %in_fg[%v288] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v290 = llvm.load %v289 : !llvm.ptr -> f32
          %v291 = arith.muli %v19, %v89 : i64
          %v292 = arith.muli %v284, %size_H : i64
          %v293 = arith.addi %v291, %v292 : i64
          %v294 = arith.addi %v293, %v17 : i64
          %v295 = llvm.getelementptr %in_ig[%v294] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v296 = llvm.load %v295 : !llvm.ptr -> f32
          %v297 = arith.addi %v35, %v58 : i64
          %v298 = arith.negf %v95 : f32
          %v299 = arith.maximumf %v298, %v28 : f32
          %v300 = llvm.call_intrinsic "llvm.fabs.f32"(%v298) : (f32) -> f32
          %v301 = arith.negf %v300 : f32
          %v303 = arith.mulf %v301, %v302 fastmath<contract> : f32
          %v304 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v303) : (f32) -> f32
          %v306 = arith.addf %v305, %v304 fastmath<contract> : f32
          %v307 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v306) : (f32) -> f32
          %v309 = arith.mulf %v307, %v308 fastmath<contract> : f32
          %v311 = arith.mulf %v310, %v304 fastmath<contract> : f32
          %v313 = arith.addf %v311, %v312 fastmath<contract> : f32
          %v314 = arith.mulf %v313, %v304 fastmath<contract> : f32
          %v316 = arith.addf %v314, %v315 fastmath<contract> : f32
          %v317 = arith.mulf %v316, %v304 fastmath<contract> : f32
          %v319 = arith.addf %v317, %v318 fastmath<contract> : f32
          %v320 = arith.mulf %v319, %v304 fastmath<contract> : f32
          %v322 = arith.addf %v320, %v321 fastmath<contract> : f32
          %v323 = arith.mulf %v322, %v304 fastmath<contract> : f32
          %v325 = arith.addf %v323, %v324 fastmath<contract> : f32
          %v326 = arith.mulf %v325, %v304 fastmath<contract> : f32
          %v327 = arith.addf %v326, %v305 fastmath<contract> : f32
          %v328 = arith.mulf %v327, %v304 fastmath<contract> : f32
          %v329 = llvm.call_intrinsic "llvm.fabs.f32"(%v304) : (f32) -> f32
          %v331 = arith.cmpf olt, %v329, %v330 : f32
          %v332 = arith.select %v331, %v328, %v309 : f32
          %v333 = arith.addf %v299, %v332 fastmath<contract> : f32
          %v334 = arith.negf %v333 : f32
          %v335 = llvm.load %v3 : !llvm.ptr -> f32
          %v336 = arith.addf %v334, %v335 fastmath<contract> : f32
          %v337 = arith.maximumf %v336, %v101 : f32
          llvm.store %v337, %v3 : f32, !llvm.ptr
          %v338 = llvm.load %v3 : !llvm.ptr -> f32
          scf.if %v14 {
            %v339 = arith.muli %v19, %v89 : i64
            %v340 = arith.muli %v297, %size_H : i64
            %v341 = arith.addi %v339, %v340 : i64
            %v342 = arith.addi %v341, %v17 : i64
            %v343 = llvm.getelementptr %out_m_out[%v342] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v338, %v343 : f32, !llvm.ptr
          }
          %v344 = arith.subf %v101, %v338 fastmath<contract> : f32
          %v345 = arith.mulf %v344, %v302 fastmath<contract> : f32
          %v346 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v345) : (f32) -> f32
          scf.if %v14 {
            %v347 = arith.muli %v19, %v89 : i64
            %v348 = arith.muli %v297, %size_H : i64
            %v349 = arith.addi %v347, %v348 : i64
            %v350 = arith.addi %v349, %v17 : i64
            %v351 = llvm.getelementptr %out_i_stab[%v350] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v346, %v351 : f32, !llvm.ptr
          }
          %v352 = arith.addi %v35, %v59 : i64
          %v353 = arith.negf %v108 : f32
          %v354 = arith.maximumf %v353, %v28 : f32
          %v355 = llvm.call_intrinsic "llvm.fabs.f32"(%v353) : (f32) -> f32
          %v356 = arith.negf %v355 : f32
          %v357 = arith.mulf %v356, %v302 fastmath<contract> : f32
          %v358 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v357) : (f32) -> f32
          %v359 = arith.addf %v305, %v358 fastmath<contract> : f32
          %v360 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v359) : (f32) -> f32
          %v361 = arith.mulf %v360, %v308 fastmath<contract> : f32
          %v362 = arith.mulf %v310, %v358 fastmath<contract> : f32
          %v363 = arith.addf %v362, %v312 fastmath<contract> : f32
          %v364 = arith.mulf %v363, %v358 fastmath<contract> : f32
          %v365 = arith.addf %v364, %v315 fastmath<contract> : f32
          %v366 = arith.mulf %v365, %v358 fastmath<contract> : f32
          %v367 = arith.addf %v366, %v318 fastmath<contract> : f32
          %v368 = arith.mulf %v367, %v358 fastmath<contract> : f32
          %v369 = arith.addf %v368, %v321 fastmath<contract> : f32
          %v370 = arith.mulf %v369, %v358 fastmath<contract> : f32
          %v371 = arith.addf %v370, %v324 fastmath<contract> : f32
          %v372 = arith.mulf %v371, %v358 fastmath<contract> : f32
          %v373 = arith.addf %v372, %v305 fastmath<contract> : f32
          %v374 = arith.mulf %v373, %v358 fastmath<contract> : f32
          %v375 = llvm.call_intrinsic "llvm.fabs.f32"(%v358) : (f32) -> f32
          %v376 = arith.cmpf olt, %v375, %v330 : f32
          %v377 = arith.select %v376, %v374, %v361 : f32
          %v378 = arith.addf %v354, %v377 fastmath<contract> : f32
          %v379 = arith.negf %v378 : f32
          %v380 = llvm.load %v3 : !llvm.ptr -> f32
          %v381 = arith.addf %v379, %v380 fastmath<contract> : f32
          %v382 = arith.maximumf %v381, %v114 : f32
          llvm.store %v382, %v3 : f32, !llvm.ptr
          %v383 = llvm.load %v3 : !llvm.ptr -> f32
          scf.if %v14 {
            %v384 = arith.muli %v19, %v89 : i64
            %v385 = arith.muli %v352, %size_H : i64
            %v386 = arith.addi %v384, %v385 : i64
            %v387 = arith.addi %v386, %v17 : i64
            %v388 = llvm.getelementptr %out_m_out[%v387] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v383, %v388 : f32, !llvm.ptr
          }
          %v389 = arith.subf %v114, %v383 fastmath<contract> : f32
          %v390 = arith.mulf %v389, %v302 fastmath<contract> : f32
          %v391 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v390) : (f32) -> f32
          scf.if %v14 {
            %v392 = arith.muli %v19, %v89 : i64
            %v393 = arith.muli %v352, %size_H : i64
            %v394 = arith.addi %v392, %v393 : i64
            %v395 = arith.addi %v394, %v17 : i64
            %v396 = llvm.getelementptr %out_i_stab[%v395] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v391, %v396 : f32, !llvm.ptr
          }
          %v397 = arith.addi %v35, %v61 : i64
          %v398 = arith.negf %v121 : f32
          %v399 = arith.maximumf %v398, %v28 : f32
          %v400 = llvm.call_intrinsic "llvm.fabs.f32"(%v398) : (f32) -> f32
          %v401 = arith.negf %v400 : f32
          %v402 = arith.mulf %v401, %v302 fastmath<contract> : f32
          %v403 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v402) : (f32) -> f32
          %v404 = arith.addf %v305, %v403 fastmath<contract> : f32
          %v405 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v404) : (f32) -> f32
          %v406 = arith.mulf %v405, %v308 fastmath<contract> : f32
          %v407 = arith.mulf %v310, %v403 fastmath<contract> : f32
          %v408 = arith.addf %v407, %v312 fastmath<contract> : f32
          %v409 = arith.mulf %v408, %v403 fastmath<contract> : f32
          %v410 = arith.addf %v409, %v315 fastmath<contract> : f32
          %v411 = arith.mulf %v410, %v403 fastmath<contract> : f32
          %v412 = arith.addf %v411, %v318 fastmath<contract> : f32
          %v413 = arith.mulf %v412, %v403 fastmath<contract> : f32
          %v414 = arith.addf %v413, %v321 fastmath<contract> : f32
          %v415 = arith.mulf %v414, %v403 fastmath<contract> : f32
          %v416 = arith.addf %v415, %v324 fastmath<contract> : f32
          %v417 = arith.mulf %v416, %v403 fastmath<contract> : f32
          %v418 = arith.addf %v417, %v305 fastmath<contract> : f32
          %v419 = arith.mulf %v418, %v403 fastmath<contract> : f32
          %v420 = llvm.call_intrinsic "llvm.fabs.f32"(%v403) : (f32) -> f32
          %v421 = arith.cmpf olt, %v420, %v330 : f32
          %v422 = arith.select %v421, %v419, %v406 : f32
          %v423 = arith.addf %v399, %v422 fastmath<contract> : f32
          %v424 = arith.negf %v423 : f32
          %v425 = llvm.load %v3 : !llvm.ptr -> f32
          %v426 = arith.addf %v424, %v425 fastmath<contract> : f32
          %v427 = arith.maximumf %v426, %v127 : f32
          llvm.store %v427, %v3 : f32, !llvm.ptr
          %v428 = llvm.load %v3 : !llvm.ptr -> f32
          scf.if %v14 {
            %v429 = arith.muli %v19, %v89 : i64
            %v430 = arith.muli %v397, %size_H : i64
            %v431 = arith.addi %v429, %v430 : i64
            %v432 = arith.addi %v431, %v17 : i64
            %v433 = llvm.getelementptr %out_m_out[%v432] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v428, %v433 : f32, !llvm.ptr
          }
          %v434 = arith.subf %v127, %v428 fastmath<contract> : f32
          %v435 = arith.mulf %v434, %v302 fastmath<contract> : f32
          %v436 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v435) : (f32) -> f32
          scf.if %v14 {
            %v437 = arith.muli %v19, %v89 : i64
            %v438 = arith.muli %v397, %size_H : i64
            %v439 = arith.addi %v437, %v438 : i64
            %v440 = arith.addi %v439, %v17 : i64
            %v441 = llvm.getelementptr %out_i_stab[%v440] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v436, %v441 : f32, !llvm.ptr
          }
          %v442 = arith.addi %v35, %v63 : i64
          %v443 = arith.negf %v134 : f32
          %v444 = arith.maximumf %v443, %v28 : f32
          %v445 = llvm.call_intrinsic "llvm.fabs.f32"(%v443) : (f32) -> f32
          %v446 = arith.negf %v445 : f32
          %v447 = arith.mulf %v446, %v302 fastmath<contract> : f32
          %v448 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v447) : (f32) -> f32
          %v449 = arith.addf %v305, %v448 fastmath<contract> : f32
          %v450 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v449) : (f32) -> f32
          %v451 = arith.mulf %v450, %v308 fastmath<contract> : f32
          %v452 = arith.mulf %v310, %v448 fastmath<contract> : f32
          %v453 = arith.addf %v452, %v312 fastmath<contract> : f32
          %v454 = arith.mulf %v453, %v448 fastmath<contract> : f32
          %v455 = arith.addf %v454, %v315 fastmath<contract> : f32
          %v456 = arith.mulf %v455, %v448 fastmath<contract> : f32
          %v457 = arith.addf %v456, %v318 fastmath<contract> : f32
          %v458 = arith.mulf %v457, %v448 fastmath<contract> : f32
          %v459 = arith.addf %v458, %v321 fastmath<contract> : f32
          %v460 = arith.mulf %v459, %v448 fastmath<contract> : f32
          %v461 = arith.addf %v460, %v324 fastmath<contract> : f32
          %v462 = arith.mulf %v461, %v448 fastmath<contract> : f32
          %v463 = arith.addf %v462, %v305 fastmath<contract> : f32
          %v464 = arith.mulf %v463, %v448 fastmath<contract> : f32
          %v465 = llvm.call_intrinsic "llvm.fabs.f32"(%v448) : (f32) -> f32
          %v466 = arith.cmpf olt, %v465, %v330 : f32
          %v467 = arith.select %v466, %v464, %v451 : f32
          %v468 = arith.addf %v444, %v467 fastmath<contract> : f32
          %v469 = arith.negf %v468 : f32
          %v470 = llvm.load %v3 : !llvm.ptr -> f32
          %v471 = arith.addf %v469, %v470 fastmath<contract> : f32
          %v472 = arith.maximumf %v471, %v140 : f32
          llvm.store %v472, %v3 : f32, !llvm.ptr
          %v473 = llvm.load %v3 : !llvm.ptr -> f32
          scf.if %v14 {
            %v474 = arith.muli %v19, %v89 : i64
            %v475 = arith.muli %v442, %size_H : i64
            %v476 = arith.addi %v474, %v475 : i64
            %v477 = arith.addi %v476, %v17 : i64
            %v478 = llvm.getelementptr %out_m_out[%v477] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v473, %v478 : f32, !llvm.ptr
          }
          %v479 = arith.subf %v140, %v473 fastmath<contract> : f32
          %v480 = arith.mulf %v479, %v302 fastmath<contract> : f32
          %v481 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v480) : (f32) -> f32
          scf.if %v14 {
            %v482 = arith.muli %v19, %v89 : i64
            %v483 = arith.muli %v442, %size_H : i64
            %v484 = arith.addi %v482, %v483 : i64
            %v485 = arith.addi %v484, %v17 : i64
            %v486 = llvm.getelementptr %out_i_stab[%v485] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v481, %v486 : f32, !llvm.ptr
          }
          %v487 = arith.addi %v35, %v65 : i64
          %v488 = arith.negf %v147 : f32
          %v489 = arith.maximumf %v488, %v28 : f32
          %v490 = llvm.call_intrinsic "llvm.fabs.f32"(%v488) : (f32) -> f32
          %v491 = arith.negf %v490 : f32
          %v492 = arith.mulf %v491, %v302 fastmath<contract> : f32
          %v493 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v492) : (f32) -> f32
          %v494 = arith.addf %v305, %v493 fastmath<contract> : f32
          %v495 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v494) : (f32) -> f32
          %v496 = arith.mulf %v495, %v308 fastmath<contract> : f32
          %v497 = arith.mulf %v310, %v493 fastmath<contract> : f32
          %v498 = arith.addf %v497, %v312 fastmath<contract> : f32
          %v499 = arith.mulf %v498, %v493 fastmath<contract> : f32
          %v500 = arith.addf %v499, %v315 fastmath<contract> : f32
          %v501 = arith.mulf %v500, %v493 fastmath<contract> : f32
          %v502 = arith.addf %v501, %v318 fastmath<contract> : f32
          %v503 = arith.mulf %v502, %v493 fastmath<contract> : f32
          %v504 = arith.addf %v503, %v321 fastmath<contract> : f32
          %v505 = arith.mulf %v504, %v493 fastmath<contract> : f32
          %v506 = arith.addf %v505, %v324 fastmath<contract> : f32
          %v507 = arith.mulf %v506, %v493 fastmath<contract> : f32
          %v508 = arith.addf %v507, %v305 fastmath<contract> : f32
          %v509 = arith.mulf %v508, %v493 fastmath<contract> : f32
          %v510 = llvm.call_intrinsic "llvm.fabs.f32"(%v493) : (f32) -> f32
          %v511 = arith.cmpf olt, %v510, %v330 : f32
          %v512 = arith.select %v511, %v509, %v496 : f32
          %v513 = arith.addf %v489, %v512 fastmath<contract> : f32
          %v514 = arith.negf %v513 : f32
          %v515 = llvm.load %v3 : !llvm.ptr -> f32
          %v516 = arith.addf %v514, %v515 fastmath<contract> : f32
          %v517 = arith.maximumf %v516, %v153 : f32
          llvm.store %v517, %v3 : f32, !llvm.ptr
          %v518 = llvm.load %v3 : !llvm.ptr -> f32
          scf.if %v14 {
            %v519 = arith.muli %v19, %v89 : i64
            %v520 = arith.muli %v487, %size_H : i64
            %v521 = arith.addi %v519, %v520 : i64
            %v522 = arith.addi %v521, %v17 : i64
            %v523 = llvm.getelementptr %out_m_out[%v522] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v518, %v523 : f32, !llvm.ptr
          }
          %v524 = arith.subf %v153, %v518 fastmath<contract> : f32
          %v525 = arith.mulf %v524, %v302 fastmath<contract> : f32
          %v526 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v525) : (f32) -> f32
          scf.if %v14 {
            %v527 = arith.muli %v19, %v89 : i64
            %v528 = arith.muli %v487, %size_H : i64
            %v529 = arith.addi %v527, %v528 : i64
            %v530 = arith.addi %v529, %v17 : i64
            %v531 = llvm.getelementptr %out_i_stab[%v530] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v526, %v531 : f32, !llvm.ptr
          }
          %v532 = arith.addi %v35, %v67 : i64
          %v533 = arith.negf %v160 : f32
          %v534 = arith.maximumf %v533, %v28 : f32
          %v535 = llvm.call_intrinsic "llvm.fabs.f32"(%v533) : (f32) -> f32
          %v536 = arith.negf %v535 : f32
          %v537 = arith.mulf %v536, %v302 fastmath<contract> : f32
          %v538 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v537) : (f32) -> f32
          %v539 = arith.addf %v305, %v538 fastmath<contract> : f32
          %v540 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v539) : (f32) -> f32
          %v541 = arith.mulf %v540, %v308 fastmath<contract> : f32
          %v542 = arith.mulf %v310, %v538 fastmath<contract> : f32
          %v543 = arith.addf %v542, %v312 fastmath<contract> : f32
          %v544 = arith.mulf %v543, %v538 fastmath<contract> : f32
          %v545 = arith.addf %v544, %v315 fastmath<contract> : f32
          %v546 = arith.mulf %v545, %v538 fastmath<contract> : f32
          %v547 = arith.addf %v546, %v318 fastmath<contract> : f32
          %v548 = arith.mulf %v547, %v538 fastmath<contract> : f32
          %v549 = arith.addf %v548, %v321 fastmath<contract> : f32
          %v550 = arith.mulf %v549, %v538 fastmath<contract> : f32
          %v551 = arith.addf %v550, %v324 fastmath<contract> : f32
          %v552 = arith.mulf %v551, %v538 fastmath<contract> : f32
          %v553 = arith.addf %v552, %v305 fastmath<contract> : f32
          %v554 = arith.mulf %v553, %v538 fastmath<contract> : f32
          %v555 = llvm.call_intrinsic "llvm.fabs.f32"(%v538) : (f32) -> f32
          %v556 = arith.cmpf olt, %v555, %v330 : f32
          %v557 = arith.select %v556, %v554, %v541 : f32
          %v558 = arith.addf %v534, %v557 fastmath<contract> : f32
          %v559 = arith.negf %v558 : f32
          %v560 = llvm.load %v3 : !llvm.ptr -> f32
          %v561 = arith.addf %v559, %v560 fastmath<contract> : f32
          %v562 = arith.maximumf %v561, %v166 : f32
          llvm.store %v562, %v3 : f32, !llvm.ptr
          %v563 = llvm.load %v3 : !llvm.ptr -> f32
          scf.if %v14 {
            %v564 = arith.muli %v19, %v89 : i64
            %v565 = arith.muli %v532, %size_H : i64
            %v566 = arith.addi %v564, %v565 : i64
            %v567 = arith.addi %v566, %v17 : i64
            %v568 = llvm.getelementptr %out_m_out[%v567] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v563, %v568 : f32, !llvm.ptr
          }
          %v569 = arith.subf %v166, %v563 fastmath<contract> : f32
          %v570 = arith.mulf %v569, %v302 fastmath<contract> : f32
          %v571 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v570) : (f32) -> f32
          scf.if %v14 {
            %v572 = arith.muli %v19, %v89 : i64
            %v573 = arith.muli %v532, %size_H : i64
            %v574 = arith.addi %v572, %v573 : i64
            %v575 = arith.addi %v574, %v17 : i64
            %v576 = llvm.getelementptr %out_i_stab[%v575] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v571, %v576 : f32, !llvm.ptr
          }
          %v577 = arith.addi %v35, %v69 : i64
          %v578 = arith.negf %v173 : f32
          %v579 = arith.maximumf %v578, %v28 : f32
          %v580 = llvm.call_intrinsic "llvm.fabs.f32"(%v578) : (f32) -> f32
          %v581 = arith.negf %v580 : f32
          %v582 = arith.mulf %v581, %v302 fastmath<contract> : f32
          %v583 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v582) : (f32) -> f32
          %v584 = arith.addf %v305, %v583 fastmath<contract> : f32
          %v585 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v584) : (f32) -> f32
          %v586 = arith.mulf %v585, %v308 fastmath<contract> : f32
          %v587 = arith.mulf %v310, %v583 fastmath<contract> : f32
          %v588 = arith.addf %v587, %v312 fastmath<contract> : f32
          %v589 = arith.mulf %v588, %v583 fastmath<contract> : f32
          %v590 = arith.addf %v589, %v315 fastmath<contract> : f32
          %v591 = arith.mulf %v590, %v583 fastmath<contract> : f32
          %v592 = arith.addf %v591, %v318 fastmath<contract> : f32
          %v593 = arith.mulf %v592, %v583 fastmath<contract> : f32
          %v594 = arith.addf %v593, %v321 fastmath<contract> : f32
          %v595 = arith.mulf %v594, %v583 fastmath<contract> : f32
          %v596 = arith.addf %v595, %v324 fastmath<contract> : f32
          %v597 = arith.mulf %v596, %v583 fastmath<contract> : f32
          %v598 = arith.addf %v597, %v305 fastmath<contract> : f32
          %v599 = arith.mulf %v598, %v583 fastmath<contract> : f32
          %v600 = llvm.call_intrinsic "llvm.fabs.f32"(%v583) : (f32) -> f32
          %v601 = arith.cmpf olt, %v600, %v330 : f32
          %v602 = arith.select %v601, %v599, %v586 : f32
          %v603 = arith.addf %v579, %v602 fastmath<contract> : f32
          %v604 = arith.negf %v603 : f32
          %v605 = llvm.load %v3 : !llvm.ptr -> f32
          %v606 = arith.addf %v604, %v605 fastmath<contract> : f32
          %v607 = arith.maximumf %v606, %v179 : f32
          llvm.store %v607, %v3 : f32, !llvm.ptr
          %v608 = llvm.load %v3 : !llvm.ptr -> f32
          scf.if %v14 {
            %v609 = arith.muli %v19, %v89 : i64
            %v610 = arith.muli %v577, %size_H : i64
            %v611 = arith.addi %v609, %v610 : i64
            %v612 = arith.addi %v611, %v17 : i64
            %v613 = llvm.getelementptr %out_m_out[%v612] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v608, %v613 : f32, !llvm.ptr
          }
          %v614 = arith.subf %v179, %v608 fastmath<contract> : f32
          %v615 = arith.mulf %v614, %v302 fastmath<contract> : f32
          %v616 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v615) : (f32) -> f32
          scf.if %v14 {
            %v617 = arith.muli %v19, %v89 : i64
            %v618 = arith.muli %v577, %size_H : i64
            %v619 = arith.addi %v617, %v618 : i64
            %v620 = arith.addi %v619, %v17 : i64
            %v621 = llvm.getelementptr %out_i_stab[%v620] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v616, %v621 : f32, !llvm.ptr
          }
          %v622 = arith.addi %v35, %v71 : i64
          %v623 = arith.negf %v186 : f32
          %v624 = arith.maximumf %v623, %v28 : f32
          %v625 = llvm.call_intrinsic "llvm.fabs.f32"(%v623) : (f32) -> f32
          %v626 = arith.negf %v625 : f32
          %v627 = arith.mulf %v626, %v302 fastmath<contract> : f32
          %v628 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v627) : (f32) -> f32
          %v629 = arith.addf %v305, %v628 fastmath<contract> : f32
          %v630 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v629) : (f32) -> f32
          %v631 = arith.mulf %v630, %v308 fastmath<contract> : f32
          %v632 = arith.mulf %v310, %v628 fastmath<contract> : f32
          %v633 = arith.addf %v632, %v312 fastmath<contract> : f32
          %v634 = arith.mulf %v633, %v628 fastmath<contract> : f32
          %v635 = arith.addf %v634, %v315 fastmath<contract> : f32
          %v636 = arith.mulf %v635, %v628 fastmath<contract> : f32
          %v637 = arith.addf %v636, %v318 fastmath<contract> : f32
          %v638 = arith.mulf %v637, %v628 fastmath<contract> : f32
          %v639 = arith.addf %v638, %v321 fastmath<contract> : f32
          %v640 = arith.mulf %v639, %v628 fastmath<contract> : f32
          %v641 = arith.addf %v640, %v324 fastmath<contract> : f32
          %v642 = arith.mulf %v641, %v628 fastmath<contract> : f32
          %v643 = arith.addf %v642, %v305 fastmath<contract> : f32
          %v644 = arith.mulf %v643, %v628 fastmath<contract> : f32
          %v645 = llvm.call_intrinsic "llvm.fabs.f32"(%v628) : (f32) -> f32
          %v646 = arith.cmpf olt, %v645, %v330 : f32
          %v647 = arith.select %v646, %v644, %v631 : f32
          %v648 = arith.addf %v624, %v647 fastmath<contract> : f32
          %v649 = arith.negf %v648 : f32
          %v650 = llvm.load %v3 : !llvm.ptr -> f32
          %v651 = arith.addf %v649, %v650 fastmath<contract> : f32
          %v652 = arith.maximumf %v651, %v192 : f32
          llvm.store %v652, %v3 : f32, !llvm.ptr
          %v653 = llvm.load %v3 : !llvm.ptr -> f32
          scf.if %v14 {
            %v654 = arith.muli %v19, %v89 : i64
            %v655 = arith.muli %v622, %size_H : i64
            %v656 = arith.addi %v654, %v655 : i64
            %v657 = arith.addi %v656, %v17 : i64
            %v658 = llvm.getelementptr %out_m_out[%v657] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v653, %v658 : f32, !llvm.ptr
          }
          %v659 = arith.subf %v192, %v653 fastmath<contract> : f32
          %v660 = arith.mulf %v659, %v302 fastmath<contract> : f32
          %v661 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v660) : (f32) -> f32
          scf.if %v14 {
            %v662 = arith.muli %v19, %v89 : i64
            %v663 = arith.muli %v622, %size_H : i64
            %v664 = arith.addi %v662, %v663 : i64
            %v665 = arith.addi %v664, %v17 : i64
            %v666 = llvm.getelementptr %out_i_stab[%v665] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v661, %v666 : f32, !llvm.ptr
          }
          %v667 = arith.addi %v35, %v73 : i64
          %v668 = arith.negf %v199 : f32
          %v669 = arith.maximumf %v668, %v28 : f32
          %v670 = llvm.call_intrinsic "llvm.fabs.f32"(%v668) : (f32) -> f32
          %v671 = arith.negf %v670 : f32
          %v672 = arith.mulf %v671, %v302 fastmath<contract> : f32
          %v673 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v672) : (f32) -> f32
          %v674 = arith.addf %v305, %v673 fastmath<contract> : f32
          %v675 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v674) : (f32) -> f32
          %v676 = arith.mulf %v675, %v308 fastmath<contract> : f32
          %v677 = arith.mulf %v310, %v673 fastmath<contract> : f32
          %v678 = arith.addf %v677, %v312 fastmath<contract> : f32
          %v679 = arith.mulf %v678, %v673 fastmath<contract> : f32
          %v680 = arith.addf %v679, %v315 fastmath<contract> : f32
          %v681 = arith.mulf %v680, %v673 fastmath<contract> : f32
          %v682 = arith.addf %v681, %v318 fastmath<contract> : f32
          %v683 = arith.mulf %v682, %v673 fastmath<contract> : f32
          %v684 = arith.addf %v683, %v321 fastmath<contract> : f32
          %v685 = arith.mulf %v684, %v673 fastmath<contract> : f32
          %v686 = arith.addf %v685, %v324 fastmath<contract> : f32
          %v687 = arith.mulf %v686, %v673 fastmath<contract> : f32
          %v688 = arith.addf %v687, %v305 fastmath<contract> : f32
          %v689 = arith.mulf %v688, %v673 fastmath<contract> : f32
          %v690 = llvm.call_intrinsic "llvm.fabs.f32"(%v673) : (f32) -> f32
          %v691 = arith.cmpf olt, %v690, %v330 : f32
          %v692 = arith.select %v691, %v689, %v676 : f32
          %v693 = arith.addf %v669, %v692 fastmath<contract> : f32
          %v694 = arith.negf %v693 : f32
          %v695 = llvm.load %v3 : !llvm.ptr -> f32
          %v696 = arith.addf %v694, %v695 fastmath<contract> : f32
          %v697 = arith.maximumf %v696, %v205 : f32
          llvm.store %v697, %v3 : f32, !llvm.ptr
          %v698 = llvm.load %v3 : !llvm.ptr -> f32
          scf.if %v14 {
            %v699 = arith.muli %v19, %v89 : i64
            %v700 = arith.muli %v667, %size_H : i64
            %v701 = arith.addi %v699, %v700 : i64
            %v702 = arith.addi %v701, %v17 : i64
            %v703 = llvm.getelementptr %out_m_out[%v702] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v698, %v703 : f32, !llvm.ptr
          }
          %v704 = arith.subf %v205, %v698 fastmath<contract> : f32
          %v705 = arith.mulf %v704, %v302 fastmath<contract> : f32
          %v706 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v705) : (f32) -> f32
          scf.if %v14 {
            %v707 = arith.muli %v19, %v89 : i64
            %v708 = arith.muli %v667, %size_H : i64
            %v709 = arith.addi %v707, %v708 : i64
            %v710 = arith.addi %v709, %v17 : i64
            %v711 = llvm.getelementptr %out_i_stab[%v710] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v706, %v711 : f32, !llvm.ptr
          }
          %v712 = arith.addi %v35, %v75 : i64
          %v713 = arith.negf %v212 : f32
          %v714 = arith.maximumf %v713, %v28 : f32
          %v715 = llvm.call_intrinsic "llvm.fabs.f32"(%v713) : (f32) -> f32
          %v716 = arith.negf %v715 : f32
          %v717 = arith.mulf %v716, %v302 fastmath<contract> : f32
          %v718 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v717) : (f32) -> f32
          %v719 = arith.addf %v305, %v718 fastmath<contract> : f32
          %v720 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v719) : (f32) -> f32
          %v721 = arith.mulf %v720, %v308 fastmath<contract> : f32
          %v722 = arith.mulf %v310, %v718 fastmath<contract> : f32
          %v723 = arith.addf %v722, %v312 fastmath<contract> : f32
          %v724 = arith.mulf %v723, %v718 fastmath<contract> : f32
          %v725 = arith.addf %v724, %v315 fastmath<contract> : f32
          %v726 = arith.mulf %v725, %v718 fastmath<contract> : f32
          %v727 = arith.addf %v726, %v318 fastmath<contract> : f32
          %v728 = arith.mulf %v727, %v718 fastmath<contract> : f32
          %v729 = arith.addf %v728, %v321 fastmath<contract> : f32
          %v730 = arith.mulf %v729, %v718 fastmath<contract> : f32
          %v731 = arith.addf %v730, %v324 fastmath<contract> : f32
          %v732 = arith.mulf %v731, %v718 fastmath<contract> : f32
          %v733 = arith.addf %v732, %v305 fastmath<contract> : f32
          %v734 = arith.mulf %v733, %v718 fastmath<contract> : f32
          %v735 = llvm.call_intrinsic "llvm.fabs.f32"(%v718) : (f32) -> f32
          %v736 = arith.cmpf olt, %v735, %v330 : f32
          %v737 = arith.select %v736, %v734, %v721 : f32
          %v738 = arith.addf %v714, %v737 fastmath<contract> : f32
          %v739 = arith.negf %v738 : f32
          %v740 = llvm.load %v3 : !llvm.ptr -> f32
          %v741 = arith.addf %v739, %v740 fastmath<contract> : f32
          %v742 = arith.maximumf %v741, %v218 : f32
          llvm.store %v742, %v3 : f32, !llvm.ptr
          %v743 = llvm.load %v3 : !llvm.ptr -> f32
          scf.if %v14 {
            %v744 = arith.muli %v19, %v89 : i64
            %v745 = arith.muli %v712, %size_H : i64
            %v746 = arith.addi %v744, %v745 : i64
            %v747 = arith.addi %v746, %v17 : i64
            %v748 = llvm.getelementptr %out_m_out[%v747] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v743, %v748 : f32, !llvm.ptr
          }
          %v749 = arith.subf %v218, %v743 fastmath<contract> : f32
          %v750 = arith.mulf %v749, %v302 fastmath<contract> : f32
          %v751 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v750) : (f32) -> f32
          scf.if %v14 {
            %v752 = arith.muli %v19, %v89 : i64
            %v753 = arith.muli %v712, %size_H : i64
            %v754 = arith.addi %v752, %v753 : i64
            %v755 = arith.addi %v754, %v17 : i64
            %v756 = llvm.getelementptr %out_i_stab[%v755] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v751, %v756 : f32, !llvm.ptr
          }
          %v757 = arith.addi %v35, %v77 : i64
          %v758 = arith.negf %v225 : f32
          %v759 = arith.maximumf %v758, %v28 : f32
          %v760 = llvm.call_intrinsic "llvm.fabs.f32"(%v758) : (f32) -> f32
          %v761 = arith.negf %v760 : f32
          %v762 = arith.mulf %v761, %v302 fastmath<contract> : f32
          %v763 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v762) : (f32) -> f32
          %v764 = arith.addf %v305, %v763 fastmath<contract> : f32
          %v765 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v764) : (f32) -> f32
          %v766 = arith.mulf %v765, %v308 fastmath<contract> : f32
          %v767 = arith.mulf %v310, %v763 fastmath<contract> : f32
          %v768 = arith.addf %v767, %v312 fastmath<contract> : f32
          %v769 = arith.mulf %v768, %v763 fastmath<contract> : f32
          %v770 = arith.addf %v769, %v315 fastmath<contract> : f32
          %v771 = arith.mulf %v770, %v763 fastmath<contract> : f32
          %v772 = arith.addf %v771, %v318 fastmath<contract> : f32
          %v773 = arith.mulf %v772, %v763 fastmath<contract> : f32
          %v774 = arith.addf %v773, %v321 fastmath<contract> : f32
          %v775 = arith.mulf %v774, %v763 fastmath<contract> : f32
          %v776 = arith.addf %v775, %v324 fastmath<contract> : f32
          %v777 = arith.mulf %v776, %v763 fastmath<contract> : f32
          %v778 = arith.addf %v777, %v305 fastmath<contract> : f32
          %v779 = arith.mulf %v778, %v763 fastmath<contract> : f32
          %v780 = llvm.call_intrinsic "llvm.fabs.f32"(%v763) : (f32) -> f32
          %v781 = arith.cmpf olt, %v780, %v330 : f32
          %v782 = arith.select %v781, %v779, %v766 : f32
          %v783 = arith.addf %v759, %v782 fastmath<contract> : f32
          %v784 = arith.negf %v783 : f32
          %v785 = llvm.load %v3 : !llvm.ptr -> f32
          %v786 = arith.addf %v784, %v785 fastmath<contract> : f32
          %v787 = arith.maximumf %v786, %v231 : f32
          llvm.store %v787, %v3 : f32, !llvm.ptr
          %v788 = llvm.load %v3 : !llvm.ptr -> f32
          scf.if %v14 {
            %v789 = arith.muli %v19, %v89 : i64
            %v790 = arith.muli %v757, %size_H : i64
            %v791 = arith.addi %v789, %v790 : i64
            %v792 = arith.addi %v791, %v17 : i64
            %v793 = llvm.getelementptr %out_m_out[%v792] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v788, %v793 : f32, !llvm.ptr
          }
          %v794 = arith.subf %v231, %v788 fastmath<contract> : f32
          %v795 = arith.mulf %v794, %v302 fastmath<contract> : f32
          %v796 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v795) : (f32) -> f32
          scf.if %v14 {
            %v797 = arith.muli %v19, %v89 : i64
            %v798 = arith.muli %v757, %size_H : i64
            %v799 = arith.addi %v797, %v798 : i64
            %v800 = arith.addi %v799, %v17 : i64
            %v801 = llvm.getelementptr %out_i_stab[%v800] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v796, %v801 : f32, !llvm.ptr
          }
          %v802 = arith.addi %v35, %v79 : i64
          %v803 = arith.negf %v238 : f32
          %v804 = arith.maximumf %v803, %v28 : f32
          %v805 = llvm.call_intrinsic "llvm.fabs.f32"(%v803) : (f32) -> f32
          %v806 = arith.negf %v805 : f32
          %v807 = arith.mulf %v806, %v302 fastmath<contract> : f32
          %v808 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v807) : (f32) -> f32
          %v809 = arith.addf %v305, %v808 fastmath<contract> : f32
          %v810 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v809) : (f32) -> f32
          %v811 = arith.mulf %v810, %v308 fastmath<contract> : f32
          %v812 = arith.mulf %v310, %v808 fastmath<contract> : f32
          %v813 = arith.addf %v812, %v312 fastmath<contract> : f32
          %v814 = arith.mulf %v813, %v808 fastmath<contract> : f32
          %v815 = arith.addf %v814, %v315 fastmath<contract> : f32
          %v816 = arith.mulf %v815, %v808 fastmath<contract> : f32
          %v817 = arith.addf %v816, %v318 fastmath<contract> : f32
          %v818 = arith.mulf %v817, %v808 fastmath<contract> : f32
          %v819 = arith.addf %v818, %v321 fastmath<contract> : f32
          %v820 = arith.mulf %v819, %v808 fastmath<contract> : f32
          %v821 = arith.addf %v820, %v324 fastmath<contract> : f32
          %v822 = arith.mulf %v821, %v808 fastmath<contract> : f32
          %v823 = arith.addf %v822, %v305 fastmath<contract> : f32
          %v824 = arith.mulf %v823, %v808 fastmath<contract> : f32
          %v825 = llvm.call_intrinsic "llvm.fabs.f32"(%v808) : (f32) -> f32
          %v826 = arith.cmpf olt, %v825, %v330 : f32
          %v827 = arith.select %v826, %v824, %v811 : f32
          %v828 = arith.addf %v804, %v827 fastmath<contract> : f32
          %v829 = arith.negf %v828 : f32
          %v830 = llvm.load %v3 : !llvm.ptr -> f32
          %v831 = arith.addf %v829, %v830 fastmath<contract> : f32
          %v832 = arith.maximumf %v831, %v244 : f32
          llvm.store %v832, %v3 : f32, !llvm.ptr
          %v833 = llvm.load %v3 : !llvm.ptr -> f32
          scf.if %v14 {
            %v834 = arith.muli %v19, %v89 : i64
            %v835 = arith.muli %v802, %size_H : i64
            %v836 = arith.addi %v834, %v835 : i64
            %v837 = arith.addi %v836, %v17 : i64
            %v838 = llvm.getelementptr %out_m_out[%v837] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v833, %v838 : f32, !llvm.ptr
          }
          %v839 = arith.subf %v244, %v833 fastmath<contract> : f32
          %v840 = arith.mulf %v839, %v302 fastmath<contract> : f32
          %v841 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v840) : (f32) -> f32
          scf.if %v14 {
            %v842 = arith.muli %v19, %v89 : i64
            %v843 = arith.muli %v802, %size_H : i64
            %v844 = arith.addi %v842, %v843 : i64
            %v845 = arith.addi %v844, %v17 : i64
            %v846 = llvm.getelementptr %out_i_stab[%v845] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v841, %v846 : f32, !llvm.ptr
          }
          %v847 = arith.addi %v35, %v81 : i64
          %v848 = arith.negf %v251 : f32
          %v849 = arith.maximumf %v848, %v28 : f32
          %v850 = llvm.call_intrinsic "llvm.fabs.f32"(%v848) : (f32) -> f32
          %v851 = arith.negf %v850 : f32
          %v852 = arith.mulf %v851, %v302 fastmath<contract> : f32
          %v853 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v852) : (f32) -> f32
          %v854 = arith.addf %v305, %v853 fastmath<contract> : f32
          %v855 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v854) : (f32) -> f32
          %v856 = arith.mulf %v855, %v308 fastmath<contract> : f32
          %v857 = arith.mulf %v310, %v853 fastmath<contract> : f32
          %v858 = arith.addf %v857, %v312 fastmath<contract> : f32
          %v859 = arith.mulf %v858, %v853 fastmath<contract> : f32
          %v860 = arith.addf %v859, %v315 fastmath<contract> : f32
          %v861 = arith.mulf %v860, %v853 fastmath<contract> : f32
          %v862 = arith.addf %v861, %v318 fastmath<contract> : f32
          %v863 = arith.mulf %v862, %v853 fastmath<contract> : f32
          %v864 = arith.addf %v863, %v321 fastmath<contract> : f32
          %v865 = arith.mulf %v864, %v853 fastmath<contract> : f32
          %v866 = arith.addf %v865, %v324 fastmath<contract> : f32
          %v867 = arith.mulf %v866, %v853 fastmath<contract> : f32
          %v868 = arith.addf %v867, %v305 fastmath<contract> : f32
          %v869 = arith.mulf %v868, %v853 fastmath<contract> : f32
          %v870 = llvm.call_intrinsic "llvm.fabs.f32"(%v853) : (f32) -> f32
          %v871 = arith.cmpf olt, %v870, %v330 : f32
          %v872 = arith.select %v871, %v869, %v856 : f32
          %v873 = arith.addf %v849, %v872 fastmath<contract> : f32
          %v874 = arith.negf %v873 : f32
          %v875 = llvm.load %v3 : !llvm.ptr -> f32
          %v876 = arith.addf %v874, %v875 fastmath<contract> : f32
          %v877 = arith.maximumf %v876, %v257 : f32
          llvm.store %v877, %v3 : f32, !llvm.ptr
          %v878 = llvm.load %v3 : !llvm.ptr -> f32
          scf.if %v14 {
            %v879 = arith.muli %v19, %v89 : i64
            %v880 = arith.muli %v847, %size_H : i64
            %v881 = arith.addi %v879, %v880 : i64
            %v882 = arith.addi %v881, %v17 : i64
            %v883 = llvm.getelementptr %out_m_out[%v882] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v878, %v883 : f32, !llvm.ptr
          }
          %v884 = arith.subf %v257, %v878 fastmath<contract> : f32
          %v885 = arith.mulf %v884, %v302 fastmath<contract> : f32
          %v886 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v885) : (f32) -> f32
          scf.if %v14 {
            %v887 = arith.muli %v19, %v89 : i64
            %v888 = arith.muli %v847, %size_H : i64
            %v889 = arith.addi %v887, %v888 : i64
            %v890 = arith.addi %v889, %v17 : i64
            %v891 = llvm.getelementptr %out_i_stab[%v890] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v886, %v891 : f32, !llvm.ptr
          }
          %v892 = arith.addi %v35, %v83 : i64
          %v893 = arith.negf %v264 : f32
          %v894 = arith.maximumf %v893, %v28 : f32
          %v895 = llvm.call_intrinsic "llvm.fabs.f32"(%v893) : (f32) -> f32
          %v896 = arith.negf %v895 : f32
          %v897 = arith.mulf %v896, %v302 fastmath<contract> : f32
          %v898 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v897) : (f32) -> f32
          %v899 = arith.addf %v305, %v898 fastmath<contract> : f32
          %v900 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v899) : (f32) -> f32
          %v901 = arith.mulf %v900, %v308 fastmath<contract> : f32
          %v902 = arith.mulf %v310, %v898 fastmath<contract> : f32
          %v903 = arith.addf %v902, %v312 fastmath<contract> : f32
          %v904 = arith.mulf %v903, %v898 fastmath<contract> : f32
          %v905 = arith.addf %v904, %v315 fastmath<contract> : f32
          %v906 = arith.mulf %v905, %v898 fastmath<contract> : f32
          %v907 = arith.addf %v906, %v318 fastmath<contract> : f32
          %v908 = arith.mulf %v907, %v898 fastmath<contract> : f32
          %v909 = arith.addf %v908, %v321 fastmath<contract> : f32
          %v910 = arith.mulf %v909, %v898 fastmath<contract> : f32
          %v911 = arith.addf %v910, %v324 fastmath<contract> : f32
          %v912 = arith.mulf %v911, %v898 fastmath<contract> : f32
          %v913 = arith.addf %v912, %v305 fastmath<contract> : f32
          %v914 = arith.mulf %v913, %v898 fastmath<contract> : f32
          %v915 = llvm.call_intrinsic "llvm.fabs.f32"(%v898) : (f32) -> f32
          %v916 = arith.cmpf olt, %v915, %v330 : f32
          %v917 = arith.select %v916, %v914, %v901 : f32
          %v918 = arith.addf %v894, %v917 fastmath<contract> : f32
          %v919 = arith.negf %v918 : f32
          %v920 = llvm.load %v3 : !llvm.ptr -> f32
          %v921 = arith.addf %v919, %v920 fastmath<contract> : f32
          %v922 = arith.maximumf %v921, %v270 : f32
          llvm.store %v922, %v3 : f32, !llvm.ptr
          %v923 = llvm.load %v3 : !llvm.ptr -> f32
          scf.if %v14 {
            %v924 = arith.muli %v19, %v89 : i64
            %v925 = arith.muli %v892, %size_H : i64
            %v926 = arith.addi %v924, %v925 : i64
            %v927 = arith.addi %v926, %v17 : i64
            %v928 = llvm.getelementptr %out_m_out[%v927] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v923, %v928 : f32, !llvm.ptr
          }
          %v929 = arith.subf %v270, %v923 fastmath<contract> : f32
          %v930 = arith.mulf %v929, %v302 fastmath<contract> : f32
          %v931 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v930) : (f32) -> f32
          scf.if %v14 {
            %v932 = arith.muli %v19, %v89 : i64
            %v933 = arith.muli %v892, %size_H : i64
            %v934 = arith.addi %v932, %v933 : i64
            %v935 = arith.addi %v934, %v17 : i64
            %v936 = llvm.getelementptr %out_i_stab[%v935] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v931, %v936 : f32, !llvm.ptr
          }
          %v937 = arith.addi %v35, %v85 : i64
          %v938 = arith.negf %v277 : f32
          %v939 = arith.maximumf %v938, %v28 : f32
          %v940 = llvm.call_intrinsic "llvm.fabs.f32"(%v938) : (f32) -> f32
          %v941 = arith.negf %v940 : f32
          %v942 = arith.mulf %v941, %v302 fastmath<contract> : f32
          %v943 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v942) : (f32) -> f32
          %v944 = arith.addf %v305, %v943 fastmath<contract> : f32
          %v945 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v944) : (f32) -> f32
          %v946 = arith.mulf %v945, %v308 fastmath<contract> : f32
          %v947 = arith.mulf %v310, %v943 fastmath<contract> : f32
          %v948 = arith.addf %v947, %v312 fastmath<contract> : f32
          %v949 = arith.mulf %v948, %v943 fastmath<contract> : f32
          %v950 = arith.addf %v949, %v315 fastmath<contract> : f32
          %v951 = arith.mulf %v950, %v943 fastmath<contract> : f32
          %v952 = arith.addf %v951, %v318 fastmath<contract> : f32
          %v953 = arith.mulf %v952, %v943 fastmath<contract> : f32
          %v954 = arith.addf %v953, %v321 fastmath<contract> : f32
          %v955 = arith.mulf %v954, %v943 fastmath<contract> : f32
          %v956 = arith.addf %v955, %v324 fastmath<contract> : f32
          %v957 = arith.mulf %v956, %v943 fastmath<contract> : f32
          %v958 = arith.addf %v957, %v305 fastmath<contract> : f32
          %v959 = arith.mulf %v958, %v943 fastmath<contract> : f32
          %v960 = llvm.call_intrinsic "llvm.fabs.f32"(%v943) : (f32) -> f32
          %v961 = arith.cmpf olt, %v960, %v330 : f32
          %v962 = arith.select %v961, %v959, %v946 : f32
          %v963 = arith.addf %v939, %v962 fastmath<contract> : f32
          %v964 = arith.negf %v963 : f32
          %v965 = llvm.load %v3 : !llvm.ptr -> f32
          %v966 = arith.addf %v964, %v965 fastmath<contract> : f32
          %v967 = arith.maximumf %v966, %v283 : f32
          llvm.store %v967, %v3 : f32, !llvm.ptr
          %v968 = llvm.load %v3 : !llvm.ptr -> f32
          scf.if %v14 {
            %v969 = arith.muli %v19, %v89 : i64
            %v970 = arith.muli %v937, %size_H : i64
            %v971 = arith.addi %v969, %v970 : i64
            %v972 = arith.addi %v971, %v17 : i64
            %v973 = llvm.getelementptr %out_m_out[%v972] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v968, %v973 : f32, !llvm.ptr
          }
          %v974 = arith.subf %v283, %v968 fastmath<contract> : f32
          %v975 = arith.mulf %v974, %v302 fastmath<contract> : f32
          %v976 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v975) : (f32) -> f32
          scf.if %v14 {
            %v977 = arith.muli %v19, %v89 : i64
            %v978 = arith.muli %v937, %size_H : i64
            %v979 = arith.addi %v977, %v978 : i64
            %v980 = arith.addi %v979, %v17 : i64
            %v981 = llvm.getelementptr %out_i_stab[%v980] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v976, %v981 : f32, !llvm.ptr
          }
          %v982 = arith.addi %v35, %v87 : i64
          %v983 = arith.negf %v290 : f32
          %v984 = arith.maximumf %v983, %v28 : f32
          %v985 = llvm.call_intrinsic "llvm.fabs.f32"(%v983) : (f32) -> f32
          %v986 = arith.negf %v985 : f32
          %v987 = arith.mulf %v986, %v302 fastmath<contract> : f32
          %v988 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v987) : (f32) -> f32
          %v989 = arith.addf %v305, %v988 fastmath<contract> : f32
          %v990 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v989) : (f32) -> f32
          %v991 = arith.mulf %v990, %v308 fastmath<contract> : f32
          %v992 = arith.mulf %v310, %v988 fastmath<contract> : f32
          %v993 = arith.addf %v992, %v312 fastmath<contract> : f32
          %v994 = arith.mulf %v993, %v988 fastmath<contract> : f32
          %v995 = arith.addf %v994, %v315 fastmath<contract> : f32
          %v996 = arith.mulf %v995, %v988 fastmath<contract> : f32
          %v997 = arith.addf %v996, %v318 fastmath<contract> : f32
          %v998 = arith.mulf %v997, %v988 fastmath<contract> : f32
          %v999 = arith.addf %v998, %v321 fastmath<contract> : f32
          %v1000 = arith.mulf %v999, %v988 fastmath<contract> : f32
          %v1001 = arith.addf %v1000, %v324 fastmath<contract> : f32
          %v1002 = arith.mulf %v1001, %v988 fastmath<contract> : f32
          %v1003 = arith.addf %v1002, %v305 fastmath<contract> : f32
          %v1004 = arith.mulf %v1003, %v988 fastmath<contract> : f32
          %v1005 = llvm.call_intrinsic "llvm.fabs.f32"(%v988) : (f32) -> f32
          %v1006 = arith.cmpf olt, %v1005, %v330 : f32
          %v1007 = arith.select %v1006, %v1004, %v991 : f32
          %v1008 = arith.addf %v984, %v1007 fastmath<contract> : f32
          %v1009 = arith.negf %v1008 : f32
          %v1010 = llvm.load %v3 : !llvm.ptr -> f32
          %v1011 = arith.addf %v1009, %v1010 fastmath<contract> : f32
          %v1012 = arith.maximumf %v1011, %v296 : f32
          llvm.store %v1012, %v3 : f32, !llvm.ptr
          %v1013 = llvm.load %v3 : !llvm.ptr -> f32
          scf.if %v14 {
            %v1014 = arith.muli %v19, %v89 : i64
            %v1015 = arith.muli %v982, %size_H : i64
            %v1016 = arith.addi %v1014, %v1015 : i64
            %v1017 = arith.addi %v1016, %v17 : i64
            %v1018 = llvm.getelementptr %out_m_out[%v1017] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1013, %v1018 : f32, !llvm.ptr
          }
          %v1019 = arith.subf %v296, %v1013 fastmath<contract> : f32
          %v1020 = arith.mulf %v1019, %v302 fastmath<contract> : f32
          %v1021 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1020) : (f32) -> f32
          scf.if %v14 {
            %v1022 = arith.muli %v19, %v89 : i64
            %v1023 = arith.muli %v982, %size_H : i64
            %v1024 = arith.addi %v1022, %v1023 : i64
            %v1025 = arith.addi %v1024, %v17 : i64
            %v1026 = llvm.getelementptr %out_i_stab[%v1025] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1021, %v1026 : f32, !llvm.ptr
          }
        }
        %v1027 = arith.muli %v52, %v51 : i64
        %v1028 = arith.index_cast %v1027 : i64 to index
        %v1029 = arith.index_cast %v50 : i64 to index
        %v1030 = arith.index_cast %v1 : i64 to index
        scf.for %v1031 = %v1028 to %v1029 step %v1030 {
          %v1032 = arith.index_cast %v1031 : index to i64
          %v1033 = arith.addi %v35, %v1032 : i64
          %v1034 = arith.muli %v19, %v89 : i64
          %v1035 = arith.muli %v1033, %size_H : i64
          %v1036 = arith.addi %v1034, %v1035 : i64
          %v1037 = arith.addi %v1036, %v17 : i64
          %v1038 = llvm.getelementptr %in_fg[%v1037] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1039 = llvm.load %v1038 : !llvm.ptr -> f32
          %v1040 = arith.negf %v1039 : f32
          %v1041 = arith.maximumf %v1040, %v28 : f32
          %v1042 = llvm.call_intrinsic "llvm.fabs.f32"(%v1040) : (f32) -> f32
          %v1043 = arith.negf %v1042 : f32
          %v1044 = arith.mulf %v1043, %v302 fastmath<contract> : f32
          %v1045 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1044) : (f32) -> f32
          %v1046 = arith.addf %v305, %v1045 fastmath<contract> : f32
          %v1047 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1046) : (f32) -> f32
          %v1048 = arith.mulf %v1047, %v308 fastmath<contract> : f32
          %v1049 = arith.mulf %v310, %v1045 fastmath<contract> : f32
          %v1050 = arith.addf %v1049, %v312 fastmath<contract> : f32
          %v1051 = arith.mulf %v1050, %v1045 fastmath<contract> : f32
          %v1052 = arith.addf %v1051, %v315 fastmath<contract> : f32
          %v1053 = arith.mulf %v1052, %v1045 fastmath<contract> : f32
          %v1054 = arith.addf %v1053, %v318 fastmath<contract> : f32
          %v1055 = arith.mulf %v1054, %v1045 fastmath<contract> : f32
          %v1056 = arith.addf %v1055, %v321 fastmath<contract> : f32
          %v1057 = arith.mulf %v1056, %v1045 fastmath<contract> : f32
          %v1058 = arith.addf %v1057, %v324 fastmath<contract> : f32
          %v1059 = arith.mulf %v1058, %v1045 fastmath<contract> : f32
          %v1060 = arith.addf %v1059, %v305 fastmath<contract> : f32
          %v1061 = arith.mulf %v1060, %v1045 fastmath<contract> : f32
          %v1062 = llvm.call_intrinsic "llvm.fabs.f32"(%v1045) : (f32) -> f32
          %v1063 = arith.cmpf olt, %v1062, %v330 : f32
          %v1064 = arith.select %v1063, %v1061, %v1048 : f32
          %v1065 = arith.addf %v1041, %v1064 fastmath<contract> : f32
          %v1066 = arith.negf %v1065 : f32
          %v1067 = arith.muli %v19, %v89 : i64
          %v1068 = arith.muli %v1033, %size_H : i64
          %v1069 = arith.addi %v1067, %v1068 : i64
          %v1070 = arith.addi %v1069, %v17 : i64
          %v1071 = llvm.getelementptr %in_ig[%v1070] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1072 = llvm.load %v1071 : !llvm.ptr -> f32
          %v1073 = llvm.load %v3 : !llvm.ptr -> f32
          %v1074 = arith.addf %v1066, %v1073 fastmath<contract> : f32
          %v1075 = arith.maximumf %v1074, %v1072 : f32
          llvm.store %v1075, %v3 : f32, !llvm.ptr
          %v1076 = llvm.load %v3 : !llvm.ptr -> f32
          scf.if %v14 {
            %v1077 = arith.muli %v19, %v89 : i64
            %v1078 = arith.muli %v1033, %size_H : i64
            %v1079 = arith.addi %v1077, %v1078 : i64
            %v1080 = arith.addi %v1079, %v17 : i64
            %v1081 = llvm.getelementptr %out_m_out[%v1080] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1076, %v1081 : f32, !llvm.ptr
          }
          %v1082 = arith.subf %v1072, %v1076 fastmath<contract> : f32
          %v1083 = arith.mulf %v1082, %v302 fastmath<contract> : f32
          %v1084 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1083) : (f32) -> f32
          scf.if %v14 {
            %v1085 = arith.muli %v19, %v89 : i64
            %v1086 = arith.muli %v1033, %size_H : i64
            %v1087 = arith.addi %v1085, %v1086 : i64
            %v1088 = arith.addi %v1087, %v17 : i64
            %v1089 = llvm.getelementptr %out_i_stab[%v1088] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1084, %v1089 : f32, !llvm.ptr
          }
        }
      }
      %v1090 = llvm.load %v3 : !llvm.ptr -> f32
      scf.if %v14 {
        %v1091 = arith.muli %v19, %size_H : i64
        %v1092 = arith.addi %v1091, %v17 : i64
        %v1093 = llvm.getelementptr %out_m_last[%v1092] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1090, %v1093 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
