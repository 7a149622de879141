module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @stabiliser_fwd(%in_fg: !llvm.ptr, %in_ig: !llvm.ptr, %in_m0: !llvm.ptr, %out_m_out: !llvm.ptr, %out_i_stab: !llvm.ptr, %out_m_last: !llvm.ptr, %ckpt_m: !llvm.ptr, %size_B: i64, %size_L: i64, %size_H: i64) kernel {
      %v1 = arith.constant 1 : i64
      %v2 = arith.muli %v1, %size_B : i64
      %v3 = arith.muli %v2, %size_H : i64
      %v4 = llvm.alloca %v1 x f32 : (i64) -> !llvm.ptr
      %v5 = arith.constant 63 : i64
      %v6 = arith.addi %size_L, %v5 : i64
      %v7 = arith.constant 64 : i64
      %v8 = arith.divui %v6, %v7 : i64
      %v22 = arith.muli %v1, %size_H : i64
      %v31 = arith.constant 0x00000000 : f32
      %v32 = arith.constant 0 : i64
      %v33 = arith.constant 32 : i64
      %v45 = arith.muli %v1, %size_B : i64
      %v46 = arith.muli %v45, %size_H : i64
      %v56 = arith.constant 16 : i64
      %v66 = arith.constant 2 : i64
      %v68 = arith.constant 3 : i64
      %v70 = arith.constant 4 : i64
      %v72 = arith.constant 5 : i64
      %v74 = arith.constant 6 : i64
      %v76 = arith.constant 7 : i64
      %v78 = arith.constant 8 : i64
      %v80 = arith.constant 9 : i64
      %v82 = arith.constant 10 : i64
      %v84 = arith.constant 11 : i64
      %v86 = arith.constant 12 : i64
      %v88 = arith.constant 13 : i64
      %v90 = arith.constant 14 : i64
      %v92 = arith.constant 15 : i64
      %v95 = arith.muli %v1, %size_H : i64
      %v96 = arith.muli %v95, %size_L : i64
      %v341 = arith.constant 0x3FB8AA3B : f32
      %v344 = arith.constant 0x3F800000 : f32
      %v347 = arith.constant 0x3F317218 : f32
      %v349 = arith.constant 0x3E124925 : f32
      %v351 = arith.constant 0xBE2AAAAB : f32
      %v354 = arith.constant 0x3E4CCCCD : f32
      %v357 = arith.constant 0xBE800000 : f32
      %v360 = arith.constant 0x3EAAAAAB : f32
      %v363 = arith.constant 0xBF000000 : f32
      %v369 = arith.constant 0x3D800000 : f32
      %v9 = gpu.block_id x
      %v10 = gpu.thread_id x
      %v11 = arith.index_cast %v10 : index to i64
      %v12 = arith.index_cast %v9 : index to i64
      %v13 = arith.muli %v12, %v7 : i64
      %v14 = arith.addi %v13, %v11 : i64
      %v15 = arith.cmpi slt, %v14, %v3 : i64
      %v16 = arith.subi %v3, %v1 : i64
      %v17 = arith.minsi %v14, %v16 : i64
      %v18 = arith.remui %v17, %size_H : i64
      %v19 = arith.divui %v17, %size_H : i64
      %v20 = arith.remui %v19, %size_B : i64
      %v21 = arith.divui %v19, %size_B : i64
      %v23 = arith.muli %v20, %v22 : i64
      %v24 = arith.muli %v18, %v1 : i64
      %v25 = arith.addi %v23, %v24 : i64
      %v26 = llvm.mlir.zero : !llvm.ptr
      %v27 = llvm.icmp "ne" %in_m0, %v26 : !llvm.ptr
      %v28 = scf.if %v27 -> (f32) {
        %v29 = llvm.getelementptr %in_m0[%v25] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v30 = llvm.load %v29 : !llvm.ptr -> f32
        scf.yield %v30 : f32
      } else {
        scf.yield %v31 : f32
      }
      llvm.store %v28, %v4 : f32, !llvm.ptr
      %v34 = arith.index_cast %v32 : i64 to index
      %v35 = arith.index_cast %size_L : i64 to index
      %v36 = arith.index_cast %v33 : i64 to index
      scf.for %v37 = %v34 to %v35 step %v36 {
        %v38 = arith.index_cast %v37 : index to i64
        // save the states at checkpoint steps (when given somewhere to save them)
        %v39 = arith.remui %v38, %v7 : i64
        %v40 = arith.cmpi eq, %v39, %v32 : i64
        %v41 = arith.andi %v40, %v15 : i1
        scf.if %v41 {
          %v42 = arith.divui %v38, %v7 : i64
          %v43 = llvm.mlir.zero : !llvm.ptr
          %v44 = llvm.icmp "ne" %ckpt_m, %v43 : !llvm.ptr
          scf.if %v44 {
            %v47 = arith.muli %v42, %v46 : i64
            %v48 = llvm.load %v4 : !llvm.ptr -> f32
            %v49 = arith.muli %v20, %v22 : i64
            %v50 = arith.muli %v18, %v1 : i64
            %v51 = arith.addi %v49, %v50 : i64
            %v52 = arith.addi %v47, %v51 : i64
            %v53 = llvm.getelementptr %ckpt_m[%v52] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v48, %v53 : f32, !llvm.ptr
          }
        }
        // end save
        %v54 = arith.subi %size_L, %v38 : i64
        %v55 = arith.minsi %v54, %v33 : i64
        %v57 = arith.divui %v55, %v56 : i64
        %v58 = arith.index_cast %v32 : i64 to index
        %v59 = arith.index_cast %v57 : i64 to index
        %v60 = arith.index_cast %v1 : i64 to index
        scf.for %v61 = %v58 to %v59 step %v60 {
          %v62 = arith.index_cast %v61 : index to i64
          %v63 = arith.muli %v62, %v56 : i64
          %v64 = arith.addi %v63, %v32 : i64
          %v65 = arith.addi %v63, %v1 : i64
          %v67 = arith.addi %v63, %v66 : i64
          %v69 = arith.addi %v63, %v68 : i64
          %v71 = arith.addi %v63, %v70 : i64
          %v73 = arith.addi %v63, %v72 : i64
          %v75 = arith.addi %v63, %v74 : i64
          %v77 = arith.addi %v63, %v76 : i64
          %v79 = arith.addi %v63, %v78 : i64
          %v81 = arith.addi %v63, %v80 : i64
          %v83 = arith.addi %v63, %v82 : i64
          %v85 = arith.addi %v63, %v84 : i64
          %v87 = arith.addi %v63, %v86 : i64
          %v89 = arith.addi %v63, %v88 : i64
          %v91 = arith.addi %v63, %v90 : i64
          %v93 = arith.addi %v63, %v92 : i64
          %v94 = arith.addi %v38, %v64 : i64
          %v97 = arith.muli %v20, %v96 : i64
          %v98 = arith.muli %v94, %v95 : i64
          %v99 = arith.addi %v97, %v98 : i64
          %v100 = arith.muli %v18, %v1 : i64
          %v101 = arith.addi %v99, %v100 : i64
          %v102 = llvm.getelementptr %in_fg[%v101] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v103 = llvm.load %v102 : !llvm.ptr -> f32
          %v104 = arith.muli %v20, %v96 : i64
          %v105 = arith.muli %v94, %v95 : i64
          %v106 = arith.addi %v104, %v105 : i64
          %v107 = arith.muli %v18, %v1 : i64
          %v108 = arith.addi %v106, %v107 : i64
          %v109 = llvm.getelementptr %in_ig[%v108] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v110 = llvm.load %v109 : !llvm.ptr -> f32
          %v111 = arith.addi %v38, %v65 : i64
          %v112 = arith.muli %v20, %v96 : i64
          %v113 = arith.muli %v111, %v95 : i64
          %v114 = arith.addi %v112, %v113 : i64
          %v115 = arith.muli %v18, %v1 : i64
          %v116 = arith.addi %v114, %v115 : i64
          %v117 = llvm.getelementptr %in_fg[%v116] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v118 = llvm.load %v117 : !llvm.ptr -> f32
          %v119 = arith.muli %v20, %v96 : i64
          %v120 = arith.muli %v111, %v95 : i64
          %v121 = arith.addi %v119, %v120 : i64
          %v122 = arith.muli %v18, %v1 : i64
          %v123 = arith.addi %v121, %v122 : i64
          %v124 = llvm.getelementptr %in_ig[%v123] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v125 = llvm.load %v124 : !llvm.ptr -> f32
          %v126 = arith.addi %v38, %v67 : i64
          %v127 = arith.muli %v20, %v96 : i64
          %v128 = arith.muli %v126, %v95 : i64
          %v129 = arith.addi %v127, %v128 : i64
          %v130 = arith.muli %v18, %v1 : i64
          %v131 = arith.addi %v129, %v130 : i64
          %v132 = llvm.getelementptr %in_fg[%v131] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v133 = llvm.load %v132 : !llvm.ptr -> f32
          %v134 = arith.muli %v20, %v96 : i64
          %v135 = arith.muli %v126, %v95 : i64
          %v136 = arith.addi %v134, %v135 : i64
          %v137 = arith.muli %v18, %v1 : i64
          %v138 = arith.addi %v136, %v137 : i64
          %v139 = llvm.getelementptr %in_ig[%v138] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v140 = llvm.load %v139 : !llvm.ptr -> f32
          %v141 = arith.addi %v38, %v69 : i64
          %v142 = arith.muli %v20, %v96 : i64
          %v143 = arith.muli %v141, %v95 : i64
          %v144 = arith.addi %v142, %v143 : i64
          %v145 = arith.muli %v18, %v1 : i64
          %v146 = arith.addi %v144, %v145 : i64
          %v147 = llvm.getelementptr %in_fg[%v146] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v148 = llvm.load %v147 : !llvm.ptr -> f32
          %v149 = arith.muli %v20, %v96 : i64
          %v150 = arith.muli %v141, %v95 : i64
          %v151 = arith.addi %v149, %v150 : i64
          %v152 = arith.muli %v18, %v1 : i64
          %v153 = arith.addi %v151, %v152 : i64
          %v154 = llvm.getelementptr %in_ig[%v153] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v155 = llvm.load %v154 : !llvm.ptr -> f32
          %v156 = arith.addi %v38, %v71 : i64
          %v157 = arith.muli %v20, %v96 : i64
          %v158 = arith.muli %v156, %v95 : i64
          %v159 = arith.addi %v157, %v158 : i64
          %v160 = arith.muli %v18, %v1 : i64
          %v161 = arith.addi %v159, %v160 : i64
          %v162 = llvm.getelementptr %in_fg[%v161] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v163 = llvm.load %v162 : !llvm.ptr -> f32
          %v164 = arith.muli %v20, %v96 : i64
          %v165 = arith.muli %v156, %v95 : i64
          %v166 = arith.addi %v164, %v165 : i64
          %v167 = arith.muli %v18, %v1 : i64
          %v168 = arith.addi %v166, %v167 : i64
          %v169 = llvm.getelementptr %in_ig[%v168] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v170 = llvm.load %v169 : !llvm.ptr -> f32
          %v171 = arith.addi %v38, %v73 : i64
          %v172 = arith.muli %v20, %v96 : i64
          %v173 = arith.muli %v171, %v95 : i64
          %v174 = arith.addi %v172, %v173 : i64
          %v175 = arith.muli %v18, %v1 : i64
          %v176 = arith.addi %v174, %v175 : i64
          %v177 = llvm.getelementptr %in_fg[%v176] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v178 = llvm.load %v177 : !llvm.ptr -> f32
          %v179 = arith.muli %v20, %v96 : i64
          %v180 = arith.muli %v171, %v95 : i64
          %v181 = arith.addi %v179, %v180 : i64
          %v182 = arith.muli %v18, %v1 : i64
          %v183 = arith.addi %v181, %v182 : i64
          %v184 = llvm.getelementptr %in_ig[%v183] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v185 = llvm.load %v184 : !llvm.ptr -> f32
          %v186 = arith.addi %v38, %v75 : i64
          %v187 = arith.muli %v20, %v96 : i64
          %v188 = arith.muli %v186, %v95 : i64
          %v189 = arith.addi %v187, %v188 : i64
          %v190 = arith.muli %v18, %v1 : i64
          %v191 = arith.addi %v189, %v190 : i64
          %v192 = llvm.getelementptr %in_fg[%v191] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v193 = llvm.load %v192 : !llvm.ptr -> f32
          %v194 = arith.muli %v20, %v96 : i64
          %v195 = arith.muli %v186, %v95 : i64
          %v196 = arith.addi %v194, %v195 : i64
          %v197 = arith.muli %v18, %v1 : i64
          %v198 = arith.addi %v196, %v197 : i64
          %v199 = llvm.getelementptr %in_ig[%v198] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v200 = llvm.load %v199 : !llvm.ptr -> f32
          %v201 = arith.addi %v38, %v77 : i64
          %v202 = arith.muli %v20, %v96 : i64
          %v203 = arith.muli %v201, %v95 : i64
          %v204 = arith.addi %v202, %v203 : i64
          %v205 = arith.muli %v18, %v1 : i64
          %v206 = arith.addi %v204, %v205 : i64
          %v207 = llvm.getelementptr %in_fg[%v206] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v208 = llvm.load %v207 : !llvm.ptr -> f32
          %v209 = arith.muli %v20, %v96 : i64
          %v210 = arith.muli %v201, %v95 : i64
          %v211 = arith.addi %v209, %v210 : i64
          %v212 = arith.muli %v18, %v1 : i64
          %v213 = arith.addi %v211, %v212 : i64
          %v214 = llvm.getelementptr %in_ig[%v213] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v215 = llvm.load %v214 : !llvm.ptr -> f32
          %v216 = arith.addi %v38, %v79 : i64
          %v217 = arith.muli %v20, %v96 : i64
          %v218 = arith.muli %v216, %v95 : i64
          %v219 = arith.addi %v217, %v218 : i64
          %v220 = arith.muli %v18, %v1 : i64
          %v221 = arith.addi %v219, %v220 : i64
          %v222 = llvm.getelementptr %in_fg[%v221] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v223 = llvm.load %v222 : !llvm.ptr -> f32
          %v224 = arith.muli %v20, %v96 : i64
          %v225 = arith.muli %v216, %v95 : i64
          %v226 = arith.addi %v224, %v225 : i64
          %v227 = arith.muli %v18, %v1 : i64
          %v228 = arith.addi %v226, %v227 : i64
          %v229 = llvm.getelementptr %in_ig[%v228] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v230 = llvm.load %v229 : !llvm.ptr -> f32
          %v231 = arith.addi %v38, %v81 : i64
          %v232 = arith.muli %v20, %v96 : i64
          %v233 = arith.muli %v231, %v95 : i64
          %v234 = arith.addi %v232, %v233 : i64
          %v235 = arith.muli %v18, %v1 : i64
          %v236 = arith.addi %v234, %v235 : i64
          %v237 = llvm.getelementptr %in_fg[%v236] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v238 = llvm.load %v237 : !llvm.ptr -> f32
          %v239 = arith.muli %v20, %v96 : i64
          %v240 = arith.muli %v231, %v95 : i64
          %v241 = arith.addi %v239, %v240 : i64
          %v242 = arith.muli %v18, %v1 : i64
          %v243 = arith.addi %v241, %v242 : i64
          %v244 = llvm.getelementptr %in_ig[%v243] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v245 = llvm.load %v244 : !llvm.ptr -> f32
          %v246 = arith.addi %v38, %v83 : i64
          %v247 = arith.muli %v20, %v96 : i64
          %v248 = arith.muli %v246, %v95 : i64
          %v249 = arith.addi %v247, %v248 : i64
          %v250 = arith.muli %v18, %v1 : i64
          %v251 = arith.addi %v249, %v250 : i64
          %v252 = llvm.getelementptr %in_fg[%v251] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v253 = llvm.load %v252 : !llvm.ptr -> f32
          %v254 = arith.muli %v20, %v96 : i64
          %v255 = arith.muli %v246, %v95 : i64
          %v256 = arith.addi %v254, %v255 : i64
          %v257 = arith.muli %v18, %v1 : i64
          %v258 = arith.addi %v256, %v257 : i64
          %v259 = llvm.getelementptr %in_ig[%v258] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v260 = llvm.load %v259 : !llvm.ptr -> f32
          %v261 = arith.addi %v38, %v85 : i64
          %v262 = arith.muli %v20, %v96 : i64
          %v263 = arith.muli %v261, %v95 : i64
          %v264 = arith.addi %v262, %v263 : i64
          %v265 = arith.muli %v18, %v1 : i64
          %v266 = arith.addi %v264, %v265 : i64
          %v267 = llvm.getelementptr %in_fg[%v266] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v268 = llvm.load %v267 : !llvm.ptr -> f32
          %v269 = arith.muli %v20, %v96 : i64
          %v270 = arith.muli %v261, %v95 : i64
          %v271 = arith.addi %v269, %v270 : i64
          %v272 = arith.muli %v18, %v1 : i64
          %v273 = arith.addi %v271, %v272 : i64
          %v274 = llvm.getelementptr %in_ig[%v273] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v275 = llvm.load %v274 : !llvm.ptr -> f32
          %v276 = arith.addi %v38, %v87 : i64
          %v277 = arith.muli %v20, %v96 : i64
          %v278 = arith.muli %v276, %v95 : i64
          %v279 = arith.addi %v277, %v278 : i64
          %v280 = arith.muli %v18, %v1 : i64
          %v281 = arith.addi %v279, %v280 : i64
          %v282 = llvm.getelementptr %in_fg[%v281] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v283 = llvm.load %v282 : !llvm.ptr -> f32
          %v284 = arith.muli %v20, %v96 : i64
          %v285 = arith.muli %v276, %v95 : i64
          %v286 = arith.addi %v284, %v285 : i64
          %v287 = arith.muli %v18, %v1 : i64
          %v288 = arith.addi %v286, %v287 : i64
          %v289 = llvm.getelementptr %in_ig[%v288] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v290 = llvm.load %v289 : !llvm.ptr -> f32
          %v291 = arith.addi %v38, %v89 : i64
          %v292 = arith.muli %v20, %v96 : i64
          %v293 = arith.muli %v291, %v95 : i64
          %v294 = arith.addi %v292, %v293 : i64
          %v295 = arith.muli %v18, %v1 : i64
          %v296 = arith.addi %v294, %v295 : i64
          %v297 = llvm.getelementptr %in_fg[%v296] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v298 = llvm.load %v297 : !llvm.ptr -> f32
          %v299 = arith.muli %v20, %v96 : i64
          %v300 = arith.muli %v291, %v95 : i64
          %v301 = arith.addi %v299, %v300 : i64
          %v302 = arith.muli %v18, %v1 : i64
          %v303 = arith.addi %v301, %v302 : i64
          %v304 = llvm.getelementptr %in_ig[%v303] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v305 = llvm.load %v304 : !llvm.ptr -> f32
          %v306 = arith.addi %v38, %v91 : i64
          %v307 = arith.muli %v20, %v96 : i64
          %v308 = arith.muli %v306, %v95 : i64
          %v309 = arith.addi %v307, %v308 : i64
          %v310 = arith.muli %v18, %v1 : i64
          %v311 = arith.addi %v309, %v310 : i64
          %v312 = llvm.getelementptr %in_fg[%v311] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v313 = llvm.load %v312 : !llvm.ptr -> f32
          %v314 = arith.muli %v20, %v96 : i64
          %v315 = arith.muli %v306, %v95 : i64
          %v316 = arith.addi %v314, %v315 : i64
          %v317 = arith.muli %v18, %v1 : i64
          %v318 = arith.addi %v316, %v317 : i64
          %v319 = llvm.getelementptr %in_ig[%v318] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v320 = llvm.load %v319 : !llvm.ptr -> f32
          %v321 = arith.addi %v38, %v93 : i64
          %v322 = arith.muli %v20, %v96 : i64
          %v323 = arith.muli %v321, %v95 : i64
          %v324 = arith.addi %v322, %v323 : i64
          %v325 = arith.muli %v18, %v1 : i64
          %v326 = arith.addi %v324, %v325 : i64
          %v327 = llvm.getelementptr %in_fg[%v326] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v328 = llvm.load %v327 : !llvm.ptr -> f32
          %v329 = arith.muli %v20, %v96 : i64
          %v330 = arith.muli %v321, %v95 : i64
          %v331 = arith.addi %v329, %v330 : i64
          %v332 = arith.muli %v18, %v1 : i64
          %v333 = arith.addi %v331, %v332 : i64
          %v334 = llvm.getelementptr %in_ig[%v333] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v335 = llvm.load %v334 : !llvm.ptr -> f32
          %v336 = arith.addi %v38, %v64 : i64
          %v337 = arith.negf %v103 : f32
          %v338 = arith.maximumf %v337, %v31 : f32
          %v339 = llvm.call_intrinsic "llvm.fabs.f32"(%v337) : (f32) -> f32
          %v340 = arith.negf %v339 : f32
          %v342 = arith.mulf %v340, %v341 fastmath<contract> : f32
          %v343 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v342) : (f32) -> f32
          %v345 = arith.addf %v344, %v343 fastmath<contract> : f32
          %v346 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v345) : (f32) -> f32
          %v348 = arith.mulf %v346, %v347 fastmath<contract> : f32
          %v350 = arith.mulf %v349, %v343 fastmath<contract> : f32
          %v352 = arith.addf %v350, %v351 fastmath<contract> : f32
          %v353 = arith.mulf %v352, %v343 fastmath<contract> : f32
          %v355 = arith.addf %v353, %v354 fastmath<contract> : f32
          %v356 = arith.mulf %v355, %v343 fastmath<contract> : f32
          %v358 = arith.addf %v356, %v357 fastmath<contract> : f32
          %v359 = arith.mulf %v358, %v343 fastmath<contract> : f32
          %v361 = arith.addf %v359, %v360 fastmath<contract> : f32
          %v362 = arith.mulf %v361, %v343 fastmath<contract> : f32
          %v364 = arith.addf %v362, %v363 fastmath<contract> : f32
          %v365 = arith.mulf %v364, %v343 fastmath<contract> : f32
          %v366 = arith.addf %v365, %v344 fastmath<contract> : f32
          %v367 = arith.mulf %v366, %v343 fastmath<contract> : f32
          %v368 = llvm.call_intrinsic "llvm.fabs.f32"(%v343) : (f32) -> f32
          %v370 = arith.cmpf olt, %v368, %v369 : f32
          %v371 = arith.select %v370, %v367, %v348 : f32
          %v372 = arith.addf %v338, %v371 fastmath<contract> : f32
          %v373 = arith.negf %v372 : f32
          %v374 = llvm.load %v4 : !llvm.ptr -> f32
          %v375 = arith.addf %v373, %v374 fastmath<contract> : f32
          %v376 = arith.maximumf %v375, %v110 : f32
          llvm.store %v376, %v4 : f32, !llvm.ptr
          %v377 = llvm.load %v4 : !llvm.ptr -> f32
          scf.if %v15 {
            %v378 = arith.muli %v20, %v96 : i64
            %v379 = arith.muli %v336, %v95 : i64
            %v380 = arith.addi %v378, %v379 : i64
            %v381 = arith.muli %v18, %v1 : i64
            %v382 = arith.addi %v380, %v381 : i64
            %v383 = llvm.getelementptr %out_m_out[%v382] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v377, %v383 : f32, !llvm.ptr
          }
          %v384 = arith.subf %v110, %v377 fastmath<contract> : f32
          %v385 = arith.mulf %v384, %v341 fastmath<contract> : f32
          %v386 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v385) : (f32) -> f32
          scf.if %v15 {
            %v387 = arith.muli %v20, %v96 : i64
            %v388 = arith.muli %v336, %v95 : i64
            %v389 = arith.addi %v387, %v388 : i64
            %v390 = arith.muli %v18, %v1 : i64
            %v391 = arith.addi %v389, %v390 : i64
            %v392 = llvm.getelementptr %out_i_stab[%v391] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v386, %v392 : f32, !llvm.ptr
          }
          %v393 = arith.addi %v38, %v65 : i64
          %v394 = arith.negf %v118 : f32
          %v395 = arith.maximumf %v394, %v31 : f32
          %v396 = llvm.call_intrinsic "llvm.fabs.f32"(%v394) : (f32) -> f32
          %v397 = arith.negf %v396 : f32
          %v398 = arith.mulf %v397, %v341 fastmath<contract> : f32
          %v399 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v398) : (f32) -> f32
          %v400 = arith.addf %v344, %v399 fastmath<contract> : f32
          %v401 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v400) : (f32) -> f32
          %v402 = arith.mulf %v401, %v347 fastmath<contract> : f32
          %v403 = arith.mulf %v349, %v399 fastmath<contract> : f32
          %v404 = arith.addf %v403, %v351 fastmath<contract> : f32
          %v405 = arith.mulf %v404, %v399 fastmath<contract> : f32
          %v406 = arith.addf %v405, %v354 fastmath<contract> : f32
          %v407 = arith.mulf %v406, %v399 fastmath<contract> : f32
          %v408 = arith.addf %v407, %v357 fastmath<contract> : f32
          %v409 = arith.mulf %v408, %v399 fastmath<contract> : f32
          %v410 = arith.addf %v409, %v360 fastmath<contract> : f32
          %v411 = arith.mulf %v410, %v399 fastmath<contract> : f32
          %v412 = arith.addf %v411, %v363 fastmath<contract> : f32
          %v413 = arith.mulf %v412, %v399 fastmath<contract> : f32
          %v414 = arith.addf %v413, %v344 fastmath<contract> : f32
          %v415 = arith.mulf %v414, %v399 fastmath<contract> : f32
          %v416 = llvm.call_intrinsic "llvm.fabs.f32"(%v399) : (f32) -> f32
          %v417 = arith.cmpf olt, %v416, %v369 : f32
          %v418 = arith.select %v417, %v415, %v402 : f32
          %v419 = arith.addf %v395, %v418 fastmath<contract> : f32
          %v420 = arith.negf %v419 : f32
          %v421 = llvm.load %v4 : !llvm.ptr -> f32
          %v422 = arith.addf %v420, %v421 fastmath<contract> : f32
          %v423 = arith.maximumf %v422, %v125 : f32
          llvm.store %v423, %v4 : f32, !llvm.ptr
          %v424 = llvm.load %v4 : !llvm.ptr -> f32
          scf.if %v15 {
            %v425 = arith.muli %v20, %v96 : i64
            %v426 = arith.muli %v393, %v95 : i64
            %v427 = arith.addi %v425, %v426 : i64
            %v428 = arith.muli %v18, %v1 : i64
            %v429 = arith.addi %v427, %v428 : i64
            %v430 = llvm.getelementptr %out_m_out[%v429] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v424, %v430 : f32, !llvm.ptr
          }
          %v431 = arith.subf %v125, %v424 fastmath<contract> : f32
          %v432 = arith.mulf %v431, %v341 fastmath<contract> : f32
          %v433 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v432) : (f32) -> f32
          scf.if %v15 {
            %v434 = arith.muli %v20, %v96 : i64
            %v435 = arith.muli %v393, %v95 : i64
            %v436 = arith.addi %v434, %v435 : i64
            %v437 = arith.muli %v18, %v1 : i64
            %v438 = arith.addi %v436, %v437 : i64
            %v439 = llvm.getelementptr %out_i_stab[%v438] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v433, %v439 : f32, !llvm.ptr
          }
          %v440 = arith.addi %v38, %v67 : i64
          %v441 = arith.negf %v133 : f32
          %v442 = arith.maximumf %v441, %v31 : f32
          %v443 = llvm.call_intrinsic "llvm.fabs.f32"(%v441) : (f32) -> f32
          %v444 = arith.negf %v443 : f32
          %v445 = arith.mulf %v444, %v341 fastmath<contract> : f32
          %v446 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v445) : (f32) -> f32
          %v447 = arith.addf %v344, %v446 fastmath<contract> : f32
          %v448 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v447) : (f32) -> f32
          %v449 = arith.mulf %v448, %v347 fastmath<contract> : f32
          %v450 = arith.mulf %v349, %v446 fastmath<contract> : f32
          %v451 = arith.addf %v450, %v351 fastmath<contract> : f32
          %v452 = arith.mulf %v451, %v446 fastmath<contract> : f32
          %v453 = arith.addf %v452, %v354 fastmath<contract> : f32
          %v454 = arith.mulf %v453, %v446 fastmath<contract> : f32
          %v455 = arith.addf %v454, %v357 fastmath<contract> : f32
          %v456 = arith.mulf %v455, %v446 fastmath<contract> : f32
          %v457 = arith.addf %v456, %v360 fastmath<contract> : f32
          %v458 = arith.mulf %v457, %v446 fastmath<contract> : f32
          %v459 = arith.addf %v458, %v363 fastmath<contract> : f32
          %v460 = arith.mulf %v459, %v446 fastmath<contract> : f32
          %v461 = arith.addf %v460, %v344 fastmath<contract> : f32
          %v462 = arith.mulf %v461, %v446 fastmath<contract> : f32
          %v463 = llvm.call_intrinsic "llvm.fabs.f32"(%v446) : (f32) -> f32
          %v464 = arith.cmpf olt, %v463, %v369 : f32
          %v465 = arith.select %v464, %v462, %v449 : f32
          %v466 = arith.addf %v442, %v465 fastmath<contract> : f32
          %v467 = arith.negf %v466 : f32
          %v468 = llvm.load %v4 : !llvm.ptr -> f32
          %v469 = arith.addf %v467, %v468 fastmath<contract> : f32
          %v470 = arith.maximumf %v469, %v140 : f32
          llvm.store %v470, %v4 : f32, !llvm.ptr
          %v471 = llvm.load %v4 : !llvm.ptr -> f32
          scf.if %v15 {
            %v472 = arith.muli %v20, %v96 : i64
            %v473 = arith.muli %v440, %v95 : i64
            %v474 = arith.addi %v472, %v473 : i64
            %v475 = arith.muli %v18, %v1 : i64
            %v476 = arith.addi %v474, %v475 : i64
            %v477 = llvm.getelementptr %out_m_out[%v476] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v471, %v477 : f32, !llvm.ptr
          }
          %v478 = arith.subf %v140, %v471 fastmath<contract> : f32
          %v479 = arith.mulf %v478, %v341 fastmath<contract> : f32
          %v480 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v479) : (f32) -> f32
          scf.if %v15 {
            %v481 = arith.muli %v20, %v96 : i64
            %v482 = arith.muli %v440, %v95 : i64
            %v483 = arith.addi %v481, %v482 : i64
            %v484 = arith.muli %v18, %v1 : i64
            %v485 = arith.addi %v483, %v484 : i64
            %v486 = llvm.getelementptr %out_i_stab[%v485] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v480, %v486 : f32, !llvm.ptr
          }
          %v487 = arith.addi %v38, %v69 : i64
          %v488 = arith.negf %v148 : f32
          %v489 = arith.maximumf %v488, %v31 : f32
          %v490 = llvm.call_intrinsic "llvm.fabs.f32"(%v488) : (f32) -> f32
          %v491 = arith.negf %v490 : f32
          %v492 = arith.mulf %v491, %v341 fastmath<contract> : f32
          %v493 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v492) : (f32) -> f32
          %v494 = arith.addf %v344, %v493 fastmath<contract> : f32
          %v495 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v494) : (f32) -> f32
          %v496 = arith.mulf %v495, %v347 fastmath<contract> : f32
          %v497 = arith.mulf %v349, %v493 fastmath<contract> : f32
          %v498 = arith.addf %v497, %v351 fastmath<contract> : f32
          %v499 = arith.mulf %v498, %v493 fastmath<contract> : f32
          %v500 = arith.addf %v499, %v354 fastmath<contract> : f32
          %v501 = arith.mulf %v500, %v493 fastmath<contract> : f32
          %v502 = arith.addf %v501, %v357 fastmath<contract> : f32
          %v503 = arith.mulf %v502, %v493 fastmath<contract> : f32
          %v504 = arith.addf %v503, %v360 fastmath<contract> : f32
          %v505 = arith.mulf %v504, %v493 fastmath<contract> : f32
          %v506 = arith.addf %v505, %v363 fastmath<contract> : f32
          %v507 = arith.mulf %v506, %v493 fastmath<contract> : f32
          %v508 = arith.addf %v507, %v344 fastmath<contract> : f32
          %v509 = arith.mulf %v508, %v493 fastmath<contract> : f32
          %v510 = llvm.call_intrinsic "llvm.fabs.f32"(%v493) : (f32) -> f32
          %v511 = arith.cmpf olt, %v510, %v369 : f32
          %v512 = arith.select %v511, %v509, %v496 : f32
          %v513 = arith.addf %v489, %v512 fastmath<contract> : f32
          %v514 = arith.negf %v513 : f32
          %v515 = llvm.load %v4 : !llvm.ptr -> f32
          %v516 = arith.addf %v514, %v515 fastmath<contract> : f32
          %v517 = arith.maximumf %v516, %v155 : f32
          llvm.store %v517, %v4 : f32, !llvm.ptr
          %v518 = llvm.load %v4 : !llvm.ptr -> f32
          scf.if %v15 {
            %v519 = arith.muli %v20, %v96 : i64
            %v520 = arith.muli %v487, %v95 : i64
            %v521 = arith.addi %v519, %v520 : i64
            %v522 = arith.muli %v18, %v1 : i64
            %v523 = arith.addi %v521, %v522 : i64
            %v524 = llvm.getelementptr %out_m_out[%v523] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v518, %v524 : f32, !llvm.ptr
          }
          %v525 = arith.subf %v155, %v518 fastmath<contract> : f32
          %v526 = arith.mulf %v525, %v341 fastmath<contract> : f32
          %v527 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v526) : (f32) -> f32
          scf.if %v15 {
            %v528 = arith.muli %v20, %v96 : i64
            %v529 = arith.muli %v487, %v95 : i64
            %v530 = arith.addi %v528, %v529 : i64
            %v531 = arith.muli %v18, %v1 : i64
            %v532 = arith.addi %v530, %v531 : i64
            %v533 = llvm.getelementptr %out_i_stab[%v532] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v527, %v533 : f32, !llvm.ptr
          }
          %v534 = arith.addi %v38, %v71 : i64
          %v535 = arith.negf %v163 : f32
          %v536 = arith.maximumf %v535, %v31 : f32
          %v537 = llvm.call_intrinsic "llvm.fabs.f32"(%v535) : (f32) -> f32
          %v538 = arith.negf %v537 : f32
          %v539 = arith.mulf %v538, %v341 fastmath<contract> : f32
          %v540 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v539) : (f32) -> f32
          %v541 = arith.addf %v344, %v540 fastmath<contract> : f32
          %v542 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v541) : (f32) -> f32
          %v543 = arith.mulf %v542, %v347 fastmath<contract> : f32
          %v544 = arith.mulf %v349, %v540 fastmath<contract> : f32
          %v545 = arith.addf %v544, %v351 fastmath<contract> : f32
          %v546 = arith.mulf %v545, %v540 fastmath<contract> : f32
          %v547 = arith.addf %v546, %v354 fastmath<contract> : f32
          %v548 = arith.mulf %v547, %v540 fastmath<contract> : f32
          %v549 = arith.addf %v548, %v357 fastmath<contract> : f32
          %v550 = arith.mulf %v549, %v540 fastmath<contract> : f32
          %v551 = arith.addf %v550, %v360 fastmath<contract> : f32
          %v552 = arith.mulf %v551, %v540 fastmath<contract> : f32
          %v553 = arith.addf %v552, %v363 fastmath<contract> : f32
          %v554 = arith.mulf %v553, %v540 fastmath<contract> : f32
          %v555 = arith.addf %v554, %v344 fastmath<contract> : f32
          %v556 = arith.mulf %v555, %v540 fastmath<contract> : f32
          %v557 = llvm.call_intrinsic "llvm.fabs.f32"(%v540) : (f32) -> f32
          %v558 = arith.cmpf olt, %v557, %v369 : f32
          %v559 = arith.select %v558, %v556, %v543 : f32
          %v560 = arith.addf %v536, %v559 fastmath<contract> : f32
          %v561 = arith.negf %v560 : f32
          %v562 = llvm.load %v4 : !llvm.ptr -> f32
          %v563 = arith.addf %v561, %v562 fastmath<contract> : f32
          %v564 = arith.maximumf %v563, %v170 : f32
          llvm.store %v564, %v4 : f32, !llvm.ptr
          %v565 = llvm.load %v4 : !llvm.ptr -> f32
          scf.if %v15 {
            %v566 = arith.muli %v20, %v96 : i64
            %v567 = arith.muli %v534, %v95 : i64
            %v568 = arith.addi %v566, %v567 : i64
            %v569 = arith.muli %v18, %v1 : i64
            %v570 = arith.addi %v568, %v569 : i64
            %v571 = llvm.getelementptr %out_m_out[%v570] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v565, %v571 : f32, !llvm.ptr
          }
          %v572 = arith.subf %v170, %v565 fastmath<contract> : f32
          %v573 = arith.mulf %v572, %v341 fastmath<contract> : f32
          %v574 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v573) : (f32) -> f32
          scf.if %v15 {
            %v575 = arith.muli %v20, %v96 : i64
            %v576 = arith.muli %v534, %v95 : i64
            %v577 = arith.addi %v575, %v576 : i64
            %v578 = arith.muli %v18, %v1 : i64
            %v579 = arith.addi %v577, %v578 : i64
            %v580 = llvm.getelementptr %out_i_stab[%v579] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v574, %v580 : f32, !llvm.ptr
          }
          %v581 = arith.addi %v38, %v73 : i64
          %v582 = arith.negf %v178 : f32
          %v583 = arith.maximumf %v582, %v31 : f32
          %v584 = llvm.call_intrinsic "llvm.fabs.f32"(%v582) : (f32) -> f32
          %v585 = arith.negf %v584 : f32
          %v586 = arith.mulf %v585, %v341 fastmath<contract> : f32
          %v587 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v586) : (f32) -> f32
          %v588 = arith.addf %v344, %v587 fastmath<contract> : f32
          %v589 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v588) : (f32) -> f32
          %v590 = arith.mulf %v589, %v347 fastmath<contract> : f32
          %v591 = arith.mulf %v349, %v587 fastmath<contract> : f32
          %v592 = arith.addf %v591, %v351 fastmath<contract> : f32
          %v593 = arith.mulf %v592, %v587 fastmath<contract> : f32
          %v594 = arith.addf %v593, %v354 fastmath<contract> : f32
          %v595 = arith.mulf %v594, %v587 fastmath<contract> : f32
          %v596 = arith.addf %v595, %v357 fastmath<contract> : f32
          %v597 = arith.mulf %v596, %v587 fastmath<contract> : f32
          %v598 = arith.addf %v597, %v360 fastmath<contract> : f32
          %v599 = arith.mulf %v598, %v587 fastmath<contract> : f32
          %v600 = arith.addf %v599, %v363 fastmath<contract> : f32
          %v601 = arith.mulf %v600, %v587 fastmath<contract> : f32
          %v602 = arith.addf %v601, %v344 fastmath<contract> : f32
          %v603 = arith.mulf %v602, %v587 fastmath<contract> : f32
          %v604 = llvm.call_intrinsic "llvm.fabs.f32"(%v587) : (f32) -> f32
          %v605 = arith.cmpf olt, %v604, %v369 : f32
          %v606 = arith.select %v605, %v603, %v590 : f32
          %v607 = arith.addf %v583, %v606 fastmath<contract> : f32
          %v608 = arith.negf %v607 : f32
          %v609 = llvm.load %v4 : !llvm.ptr -> f32
          %v610 = arith.addf %v608, %v609 fastmath<contract> : f32
          %v611 = arith.maximumf %v610, %v185 : f32
          llvm.store %v611, %v4 : f32, !llvm.ptr
          %v612 = llvm.load %v4 : !llvm.ptr -> f32
          scf.if %v15 {
            %v613 = arith.muli %v20, %v96 : i64
            %v614 = arith.muli %v581, %v95 : i64
            %v615 = arith.addi %v613, %v614 : i64
            %v616 = arith.muli %v18, %v1 : i64
            %v617 = arith.addi %v615, %v616 : i64
            %v618 = llvm.getelementptr %out_m_out[%v617] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v612, %v618 : f32, !llvm.ptr
          }
          %v619 = arith.subf %v185, %v612 fastmath<contract> : f32
          %v620 = arith.mulf %v619, %v341 fastmath<contract> : f32
          %v621 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v620) : (f32) -> f32
          scf.if %v15 {
            %v622 = arith.muli %v20, %v96 : i64
            %v623 = arith.muli %v581, %v95 : i64
            %v624 = arith.addi %v622, %v623 : i64
            %v625 = arith.muli %v18, %v1 : i64
            %v626 = arith.addi %v624, %v625 : i64
            %v627 = llvm.getelementptr %out_i_stab[%v626] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v621, %v627 : f32, !llvm.ptr
          }
          %v628 = arith.addi %v38, %v75 : i64
          %v629 = arith.negf %v193 : f32
          %v630 = arith.maximumf %v629, %v31 : f32
          %v631 = llvm.call_intrinsic "llvm.fabs.f32"(%v629) : (f32) -> f32
          %v632 = arith.negf %v631 : f32
          %v633 = arith.mulf %v632, %v341 fastmath<contract> : f32
          %v634 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v633) : (f32) -> f32
          %v635 = arith.addf %v344, %v634 fastmath<contract> : f32
          %v636 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v635) : (f32) -> f32
          %v637 = arith.mulf %v636, %v347 fastmath<contract> : f32
          %v638 = arith.mulf %v349, %v634 fastmath<contract> : f32
          %v639 = arith.addf %v638, %v351 fastmath<contract> : f32
          %v640 = arith.mulf %v639, %v634 fastmath<contract> : f32
          %v641 = arith.addf %v640, %v354 fastmath<contract> : f32
          %v642 = arith.mulf %v641, %v634 fastmath<contract> : f32
          %v643 = arith.addf %v642, %v357 fastmath<contract> : f32
          %v644 = arith.mulf %v643, %v634 fastmath<contract> : f32
          %v645 = arith.addf %v644, %v360 fastmath<contract> : f32
          %v646 = arith.mulf %v645, %v634 fastmath<contract> : f32
          %v647 = arith.addf %v646, %v363 fastmath<contract> : f32
          %v648 = arith.mulf %v647, %v634 fastmath<contract> : f32
          %v649 = arith.addf %v648, %v344 fastmath<contract> : f32
          %v650 = arith.mulf %v649, %v634 fastmath<contract> : f32
          %v651 = llvm.call_intrinsic "llvm.fabs.f32"(%v634) : (f32) -> f32
          %v652 = arith.cmpf olt, %v651, %v369 : f32
          %v653 = arith.select %v652, %v650, %v637 : f32
          %v654 = arith.addf %v630, %v653 fastmath<contract> : f32
          %v655 = arith.negf %v654 : f32
          %v656 = llvm.load %v4 : !llvm.ptr -> f32
          %v657 = arith.addf %v655, %v656 fastmath<contract> : f32
          %v658 = arith.maximumf %v657, %v200 : f32
          llvm.store %v658, %v4 : f32, !llvm.ptr
          %v659 = llvm.load %v4 : !llvm.ptr -> f32
          scf.if %v15 {
            %v660 = arith.muli %v20, %v96 : i64
            %v661 = arith.muli %v628, %v95 : i64
            %v662 = arith.addi %v660, %v661 : i64
            %v663 = arith.muli %v18, %v1 : i64
            %v664 = arith.addi %v662, %v663 : i64
            %v665 = llvm.getelementptr %out_m_out[%v664] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v659, %v665 : f32, !llvm.ptr
          }
          %v666 = arith.subf %v200, %v659 fastmath<contract> : f32
          %v667 = arith.mulf %v666, %v341 fastmath<contract> : f32
          %v668 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v667) : (f32) -> f32
          scf.if %v15 {
            %v669 = arith.muli %v20, %v96 : i64
            %v670 = arith.muli %v628, %v95 : i64
            %v671 = arith.addi %v669, %v670 : i64
            %v672 = arith.muli %v18, %v1 : i64
            %v673 = arith.addi %v671, %v672 : i64
            %v674 = llvm.getelementptr %out_i_stab[%v673] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v668, %v674 : f32, !llvm.ptr
          }
          %v675 = arith.addi %v38, %v77 : i64
          %v676 = arith.negf %v208 : f32
          %v677 = arith.maximumf %v676, %v31 : f32
          %v678 = llvm.call_intrinsic "llvm.fabs.f32"(%v676) : (f32) -> f32
          %v679 = arith.negf %v678 : f32
          %v680 = arith.mulf %v679, %v341 fastmath<contract> : f32
          %v681 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v680) : (f32) -> f32
          %v682 = arith.addf %v344, %v681 fastmath<contract> : f32
          %v683 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v682) : (f32) -> f32
          %v684 = arith.mulf %v683, %v347 fastmath<contract> : f32
          %v685 = arith.mulf %v349, %v681 fastmath<contract> : f32
          %v686 = arith.addf %v685, %v351 fastmath<contract> : f32
          %v687 = arith.mulf %v686, %v681 fastmath<contract> : f32
          %v688 = arith.addf %v687, %v354 fastmath<contract> : f32
          %v689 = arith.mulf %v688, %v681 fastmath<contract> : f32
          %v690 = arith.addf %v689, %v357 fastmath<contract> : f32
          %v691 = arith.mulf %v690, %v681 fastmath<contract> : f32
          %v692 = arith.addf %v691, %v360 fastmath<contract> : f32
          %v693 = arith.mulf %v692, %v681 fastmath<contract> : f32
          %v694 = arith.addf %v693, %v363 fastmath<contract> : f32
          %v695 = arith.mulf %v694, %v681 fastmath<contract> : f32
          %v696 = arith.addf %v695, %v344 fastmath<contract> : f32
          %v697 = arith.mulf %v696, %v681 fastmath<contract> : f32
          %v698 = llvm.call_intrinsic "llvm.fabs.f32"(%v681) : (f32) -> f32
          %v699 = arith.cmpf olt, %v698, %v369 : f32
          %v700 = arith.select %v699, %v697, %v684 : f32
          %v701 = arith.addf %v677, %v700 fastmath<contract> : f32
          %v702 = arith.negf %v701 : f32
          %v703 = llvm.load %v4 : !llvm.ptr -> f32
          %v704 = arith.addf %v702, %v703 fastmath<contract> : f32
          %v705 = arith.maximumf %v704, %v215 : f32
          llvm.store %v705, %v4 : f32, !llvm.ptr
          %v706 = llvm.load %v4 : !llvm.ptr -> f32
          scf.if %v15 {
            %v707 = arith.muli %v20, %v96 : i64
            %v708 = arith.muli %v675, %v95 : i64
            %v709 = arith.addi %v707, %v708 : i64
            %v710 = arith.muli %v18, %v1 : i64
            %v711 = arith.addi %v709, %v710 : i64
            %v712 = llvm.getelementptr %out_m_out[%v711] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v706, %v712 : f32, !llvm.ptr
          }
          %v713 = arith.subf %v215, %v706 fastmath<contract> : f32
          %v714 = arith.mulf %v713, %v341 fastmath<contract> : f32
          %v715 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v714) : (f32) -> f32
          scf.if %v15 {
            %v716 = arith.muli %v20, %v96 : i64
            %v717 = arith.muli %v675, %v95 : i64
            %v718 = arith.addi %v716, %v717 : i64
            %v719 = arith.muli %v18, %v1 : i64
            %v720 = arith.addi %v718, %v719 : i64
            %v721 = llvm.getelementptr %out_i_stab[%v720] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v715, %v721 : f32, !llvm.ptr
          }
          %v722 = arith.addi %v38, %v79 : i64
          %v723 = arith.negf %v223 : f32
          %v724 = arith.maximumf %v723, %v31 : f32
          %v725 = llvm.call_intrinsic "llvm.fabs.f32"(%v723) : (f32) -> f32
          %v726 = arith.negf %v725 : f32
          %v727 = arith.mulf %v726, %v341 fastmath<contract> : f32
          %v728 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v727) : (f32) -> f32
          %v729 = arith.addf %v344, %v728 fastmath<contract> : f32
          %v730 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v729) : (f32) -> f32
          %v731 = arith.mulf %v730, %v347 fastmath<contract> : f32
          %v732 = arith.mulf %v349, %v728 fastmath<contract> : f32
          %v733 = arith.addf %v732, %v351 fastmath<contract> : f32
          %v734 = arith.mulf %v733, %v728 fastmath<contract> : f32
          %v735 = arith.addf %v734, %v354 fastmath<contract> : f32
          %v736 = arith.mulf %v735, %v728 fastmath<contract> : f32
          %v737 = arith.addf %v736, %v357 fastmath<contract> : f32
          %v738 = arith.mulf %v737, %v728 fastmath<contract> : f32
          %v739 = arith.addf %v738, %v360 fastmath<contract> : f32
          %v740 = arith.mulf %v739, %v728 fastmath<contract> : f32
          %v741 = arith.addf %v740, %v363 fastmath<contract> : f32
          %v742 = arith.mulf %v741, %v728 fastmath<contract> : f32
          %v743 = arith.addf %v742, %v344 fastmath<contract> : f32
          %v744 = arith.mulf %v743, %v728 fastmath<contract> : f32
          %v745 = llvm.call_intrinsic "llvm.fabs.f32"(%v728) : (f32) -> f32
          %v746 = arith.cmpf olt, %v745, %v369 : f32
          %v747 = arith.select %v746, %v744, %v731 : f32
          %v748 = arith.addf %v724, %v747 fastmath<contract> : f32
          %v749 = arith.negf %v748 : f32
          %v750 = llvm.load %v4 : !llvm.ptr -> f32
          %v751 = arith.addf %v749, %v750 fastmath<contract> : f32
          %v752 = arith.maximumf %v751, %v230 : f32
          llvm.store %v752, %v4 : f32, !llvm.ptr
          %v753 = llvm.load %v4 : !llvm.ptr -> f32
          scf.if %v15 {
            %v754 = arith.muli %v20, %v96 : i64
            %v755 = arith.muli %v722, %v95 : i64
            %v756 = arith.addi %v754, %v755 : i64
            %v757 = arith.muli %v18, %v1 : i64
            %v758 = arith.addi %v756, %v757 : i64
            %v759 = llvm.getelementptr %out_m_out[%v758] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v753, %v759 : f32, !llvm.ptr
          }
          %v760 = arith.subf %v230, %v753 fastmath<contract> : f32
          %v761 = arith.mulf %v760, %v341 fastmath<contract> : f32
          %v762 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v761) : (f32) -> f32
          scf.if %v15 {
            %v763 = arith.muli %v20, %v96 : i64
            %v764 = arith.muli %v722, %v95 : i64
            %v765 = arith.addi %v763, %v764 : i64
            %v766 = arith.muli %v18, %v1 : i64
            %v767 = arith.addi %v765, %v766 : i64
            %v768 = llvm.getelementptr %out_i_stab[%v767] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v762, %v768 : f32, !llvm.ptr
          }
          %v769 = arith.addi %v38, %v81 : i64
          %v770 = arith.negf %v238 : f32
          %v771 = arith.maximumf %v770, %v31 : f32
          %v772 = llvm.call_intrinsic "llvm.fabs.f32"(%v770) : (f32) -> f32
          %v773 = arith.negf %v772 : f32
          %v774 = arith.mulf %v773, %v341 fastmath<contract> : f32
          %v775 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v774) : (f32) -> f32
          %v776 = arith.addf %v344, %v775 fastmath<contract> : f32
          %v777 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v776) : (f32) -> f32
          %v778 = arith.mulf %v777, %v347 fastmath<contract> : f32
          %v779 = arith.mulf %v349, %v775 fastmath<contract> : f32
          %v780 = arith.addf %v779, %v351 fastmath<contract> : f32
          %v781 = arith.mulf %v780, %v775 fastmath<contract> : f32
          %v782 = arith.addf %v781, %v354 fastmath<contract> : f32
          %v783 = arith.mulf %v782, %v775 fastmath<contract> : f32
          %v784 = arith.addf %v783, %v357 fastmath<contract> : f32
          %v785 = arith.mulf %v784, %v775 fastmath<contract> : f32
          %v786 = arith.addf %v785, %v360 fastmath<contract> : f32
          %v787 = arith.mulf %v786, %v775 fastmath<contract> : f32
          %v788 = arith.addf %v787, %v363 fastmath<contract> : f32
          %v789 = arith.mulf %v788, %v775 fastmath<contract> : f32
          %v790 = arith.addf %v789, %v344 fastmath<contract> : f32
          %v791 = arith.mulf %v790, %v775 fastmath<contract> : f32
          %v792 = llvm.call_intrinsic "llvm.fabs.f32"(%v775) : (f32) -> f32
          %v793 = arith.cmpf olt, %v792, %v369 : f32
          %v794 = arith.select %v793, %v791, %v778 : f32
          %v795 = arith.addf %v771, %v794 fastmath<contract> : f32
          %v796 = arith.negf %v795 : f32
          %v797 = llvm.load %v4 : !llvm.ptr -> f32
          %v798 = arith.addf %v796, %v797 fastmath<contract> : f32
          %v799 = arith.maximumf %v798, %v245 : f32
          llvm.store %v799, %v4 : f32, !llvm.ptr
          %v800 = llvm.load %v4 : !llvm.ptr -> f32
          scf.if %v15 {
            %v801 = arith.muli %v20, %v96 : i64
            %v802 = arith.muli %v769, %v95 : i64
            %v803 = arith.addi %v801, %v802 : i64
            %v804 = arith.muli %v18, %v1 : i64
            %v805 = arith.addi %v803, %v804 : i64
            %v806 = llvm.getelementptr %out_m_out[%v805] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v800, %v806 : f32, !llvm.ptr
          }
          %v807 = arith.subf %v245, %v800 fastmath<contract> : f32
          %v808 = arith.mulf %v807, %v341 fastmath<contract> : f32
          %v809 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v808) : (f32) -> f32
          scf.if %v15 {
            %v810 = arith.muli %v20, %v96 : i64
            %v811 = arith.muli %v769, %v95 : i64
            %v812 = arith.addi %v810, %v811 : i64
            %v813 = arith.muli %v18, %v1 : i64
            %v814 = arith.addi %v812, %v813 : i64
            %v815 = llvm.getelementptr %out_i_stab[%v814] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v809, %v815 : f32, !llvm.ptr
          }
          %v816 = arith.addi %v38, %v83 : i64
          %v817 = arith.negf %v253 : f32
          %v818 = arith.maximumf %v817, %v31 : f32
          %v819 = llvm.call_intrinsic "llvm.fabs.f32"(%v817) : (f32) -> f32
          %v820 = arith.negf %v819 : f32
          %v821 = arith.mulf %v820, %v341 fastmath<contract> : f32
          %v822 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v821) : (f32) -> f32
          %v823 = arith.addf %v344, %v822 fastmath<contract> : f32
          %v824 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v823) : (f32) -> f32
          %v825 = arith.mulf %v824, %v347 fastmath<contract> : f32
          %v826 = arith.mulf %v349, %v822 fastmath<contract> : f32
          %v827 = arith.addf %v826, %v351 fastmath<contract> : f32
          %v828 = arith.mulf %v827, %v822 fastmath<contract> : f32
          %v829 = arith.addf %v828, %v354 fastmath<contract> : f32
          %v830 = arith.mulf %v829, %v822 fastmath<contract> : f32
          %v831 = arith.addf %v830, %v357 fastmath<contract> : f32
          %v832 = arith.mulf %v831, %v822 fastmath<contract> : f32
          %v833 = arith.addf %v832, %v360 fastmath<contract> : f32
          %v834 = arith.mulf %v833, %v822 fastmath<contract> : f32
          %v835 = arith.addf %v834, %v363 fastmath<contract> : f32
          %v836 = arith.mulf %v835, %v822 fastmath<contract> : f32
          %v837 = arith.addf %v836, %v344 fastmath<contract> : f32
          %v838 = arith.mulf %v837, %v822 fastmath<contract> : f32
          %v839 = llvm.call_intrinsic "llvm.fabs.f32"(%v822) : (f32) -> f32
          %v840 = arith.cmpf olt, %v839, %v369 : f32
          %v841 = arith.select %v840, %v838, %v825 : f32
          %v842 = arith.addf %v818, %v841 fastmath<contract> : f32
          %v843 = arith.negf %v842 : f32
          %v844 = llvm.load %v4 : !llvm.ptr -> f32
          %v845 = arith.addf %v843, %v844 fastmath<contract> : f32
          %v846 = arith.maximumf %v845, %v260 : f32
          llvm.store %v846, %v4 : f32, !llvm.ptr
          %v847 = llvm.load %v4 : !llvm.ptr -> f32
          scf.if %v15 {
            %v848 = arith.muli %v20, %v96 : i64
            %v849 = arith.muli %v816, %v95 : i64
            %v850 = arith.addi %v848, %v849 : i64
            %v851 = arith.muli %v18, %v1 : i64
            %v852 = arith.addi %v850, %v851 : i64
            %v853 = llvm.getelementptr %out_m_out[%v852] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v847, %v853 : f32, !llvm.ptr
          }
          %v854 = arith.subf %v260, %v847 fastmath<contract> : f32
          %v855 = arith.mulf %v854, %v341 fastmath<contract> : f32
          %v856 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v855) : (f32) -> f32
          scf.if %v15 {
            %v857 = arith.muli %v20, %v96 : i64
            %v858 = arith.muli %v816, %v95 : i64
            %v859 = arith.addi %v857, %v858 : i64
            %v860 = arith.muli %v18, %v1 : i64
            %v861 = arith.addi %v859, %v860 : i64
            %v862 = llvm.getelementptr %out_i_stab[%v861] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v856, %v862 : f32, !llvm.ptr
          }
          %v863 = arith.addi %v38, %v85 : i64
          %v864 = arith.negf %v268 : f32
          %v865 = arith.maximumf %v864, %v31 : f32
          %v866 = llvm.call_intrinsic "llvm.fabs.f32"(%v864) : (f32) -> f32
          %v867 = arith.negf %v866 : f32
          %v868 = arith.mulf %v867, %v341 fastmath<contract> : f32
          %v869 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v868) : (f32) -> f32
          %v870 = arith.addf %v344, %v869 fastmath<contract> : f32
          %v871 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v870) : (f32) -> f32
          %v872 = arith.mulf %v871, %v347 fastmath<contract> : f32
          %v873 = arith.mulf %v349, %v869 fastmath<contract> : f32
          %v874 = arith.addf %v873, %v351 fastmath<contract> : f32
          %v875 = arith.mulf %v874, %v869 fastmath<contract> : f32
          %v876 = arith.addf %v875, %v354 fastmath<contract> : f32
          %v877 = arith.mulf %v876, %v869 fastmath<contract> : f32
          %v878 = arith.addf %v877, %v357 fastmath<contract> : f32
          %v879 = arith.mulf %v878, %v869 fastmath<contract> : f32
          %v880 = arith.addf %v879, %v360 fastmath<contract> : f32
          %v881 = arith.mulf %v880, %v869 fastmath<contract> : f32
          %v882 = arith.addf %v881, %v363 fastmath<contract> : f32
          %v883 = arith.mulf %v882, %v869 fastmath<contract> : f32
          %v884 = arith.addf %v883, %v344 fastmath<contract> : f32
          %v885 = arith.mulf %v884, %v869 fastmath<contract> : f32
          %v886 = llvm.call_intrinsic "llvm.fabs.f32"(%v869) : (f32) -> f32
          %v887 = arith.cmpf olt, %v886, %v369 : f32
          %v888 = arith.select %v887, %v885, %v872 : f32
          %v889 = arith.addf %v865, %v888 fastmath<contract> : f32
          %v890 = arith.negf %v889 : f32
          %v891 = llvm.load %v4 : !llvm.ptr -> f32
          %v892 = arith.addf %v890, %v891 fastmath<contract> : f32
          %v893 = arith.maximumf %v892, %v275 : f32
          llvm.store %v893, %v4 : f32, !llvm.ptr
          %v894 = llvm.load %v4 : !llvm.ptr -> f32
          scf.if %v15 {
            %v895 = arith.muli %v20, %v96 : i64
            %v896 = arith.muli %v863, %v95 : i64
            %v897 = arith.addi %v895, %v896 : i64
            %v898 = arith.muli %v18, %v1 : i64
            %v899 = arith.addi %v897, %v898 : i64
            %v900 = llvm.getelementptr %out_m_out[%v899] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v894, %v900 : f32, !llvm.ptr
          }
          %v901 = arith.subf %v275, %v894 fastmath<contract> : f32
          %v902 = arith.mulf %v901, %v341 fastmath<contract> : f32
          %v903 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v902) : (f32) -> f32
          scf.if %v15 {
            %v904 = arith.muli %v20, %v96 : i64
            %v905 = arith.muli %v863, %v95 : i64
            %v906 = arith.addi %v904, %v905 : i64
            %v907 = arith.muli %v18, %v1 : i64
            %v908 = arith.addi %v906, %v907 : i64
            %v909 = llvm.getelementptr %out_i_stab[%v908] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v903, %v909 : f32, !llvm.ptr
          }
          %v910 = arith.addi %v38, %v87 : i64
          %v911 = arith.negf %v283 : f32
          %v912 = arith.maximumf %v911, %v31 : f32
          %v913 = llvm.call_intrinsic "llvm.fabs.f32"(%v911) : (f32) -> f32
          %v914 = arith.negf %v913 : f32
          %v915 = arith.mulf %v914, %v341 fastmath<contract> : f32
          %v916 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v915) : (f32) -> f32
          %v917 = arith.addf %v344, %v916 fastmath<contract> : f32
          %v918 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v917) : (f32) -> f32
          %v919 = arith.mulf %v918, %v347 fastmath<contract> : f32
          %v920 = arith.mulf %v349, %v916 fastmath<contract> : f32
          %v921 = arith.addf %v920, %v351 fastmath<contract> : f32
          %v922 = arith.mulf %v921, %v916 fastmath<contract> : f32
          %v923 = arith.addf %v922, %v354 fastmath<contract> : f32
          %v924 = arith.mulf %v923, %v916 fastmath<contract> : f32
          %v925 = arith.addf %v924, %v357 fastmath<contract> : f32
          %v926 = arith.mulf %v925, %v916 fastmath<contract> : f32
          %v927 = arith.addf %v926, %v360 fastmath<contract> : f32
          %v928 = arith.mulf %v927, %v916 fastmath<contract> : f32
          %v929 = arith.addf %v928, %v363 fastmath<contract> : f32
          %v930 = arith.mulf %v929, %v916 fastmath<contract> : f32
          %v931 = arith.addf %v930, %v344 fastmath<contract> : f32
          %v932 = arith.mulf %v931, %v916 fastmath<contract> : f32
          %v933 = llvm.call_intrinsic "llvm.fabs.f32"(%v916) : (f32) -> f32
          %v934 = arith.cmpf olt, %v933, %v369 : f32
          %v935 = arith.select %v934, %v932, %v919 : f32
          %v936 = arith.addf %v912, %v935 fastmath<contract> : f32
          %v937 = arith.negf %v936 : f32
          %v938 = llvm.load %v4 : !llvm.ptr -> f32
          %v939 = arith.addf %v937, %v938 fastmath<contract> : f32
          %v940 = arith.maximumf %v939, %v290 : f32
          llvm.store %v940, %v4 : f32, !llvm.ptr
          %v941 = llvm.load %v4 : !llvm.ptr -> f32
          scf.if %v15 {
            %v942 = arith.muli %v20, %v96 : i64
            %v943 = arith.muli %v910, %v95 : i64
            %v944 = arith.addi %v942, %v943 : i64
            %v945 = arith.muli %v18, %v1 : i64
            %v946 = arith.addi %v944, %v945 : i64
            %v947 = llvm.getelementptr %out_m_out[%v946] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v941, %v947 : f32, !llvm.ptr
          }
          %v948 = arith.subf %v290, %v941 fastmath<contract> : f32
          %v949 = arith.mulf %v948, %v341 fastmath<contract> : f32
          %v950 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v949) : (f32) -> f32
          scf.if %v15 {
            %v951 = arith.muli %v20, %v96 : i64
            %v952 = arith.muli %v910, %v95 : i64
            %v953 = arith.addi %v951, %v952 : i64
            %v954 = arith.muli %v18, %v1 : i64
            %v955 = arith.addi %v953, %v954 : i64
            %v956 = llvm.getelementptr %out_i_stab[%v955] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v950, %v956 : f32, !llvm.ptr
          }
          %v957 = arith.addi %v38, %v89 : i64
          %v958 = arith.negf %v298 : f32
          %v959 = arith.maximumf %v958, %v31 : f32
          %v960 = llvm.call_intrinsic "llvm.fabs.f32"(%v958) : (f32) -> f32
          %v961 = arith.negf %v960 : f32
          %v962 = arith.mulf %v961, %v341 fastmath<contract> : f32
          %v963 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v962) : (f32) -> f32
          %v964 = arith.addf %v344, %v963 fastmath<contract> : f32
          %v965 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v964) : (f32) -> f32
          %v966 = arith.mulf %v965, %v347 fastmath<contract> : f32
          %v967 = arith.mulf %v349, %v963 fastmath<contract> : f32
          %v968 = arith.addf %v967, %v351 fastmath<contract> : f32
          %v969 = arith.mulf %v968, %v963 fastmath<contract> : f32
          %v970 = arith.addf %v969, %v354 fastmath<contract> : f32
          %v971 = arith.mulf %v970, %v963 fastmath<contract> : f32
          %v972 = arith.addf %v971, %v357 fastmath<contract> : f32
          %v973 = arith.mulf %v972, %v963 fastmath<contract> : f32
          %v974 = arith.addf %v973, %v360 fastmath<contract> : f32
          %v975 = arith.mulf %v974, %v963 fastmath<contract> : f32
          %v976 = arith.addf %v975, %v363 fastmath<contract> : f32
          %v977 = arith.mulf %v976, %v963 fastmath<contract> : f32
          %v978 = arith.addf %v977, %v344 fastmath<contract> : f32
          %v979 = arith.mulf %v978, %v963 fastmath<contract> : f32
          %v980 = llvm.call_intrinsic "llvm.fabs.f32"(%v963) : (f32) -> f32
          %v981 = arith.cmpf olt, %v980, %v369 : f32
          %v982 = arith.select %v981, %v979, %v966 : f32
          %v983 = arith.addf %v959, %v982 fastmath<contract> : f32
          %v984 = arith.negf %v983 : f32
          %v985 = llvm.load %v4 : !llvm.ptr -> f32
          %v986 = arith.addf %v984, %v985 fastmath<contract> : f32
          %v987 = arith.maximumf %v986, %v305 : f32
          llvm.store %v987, %v4 : f32, !llvm.ptr
          %v988 = llvm.load %v4 : !llvm.ptr -> f32
          scf.if %v15 {
            %v989 = arith.muli %v20, %v96 : i64
            %v990 = arith.muli %v957, %v95 : i64
            %v991 = arith.addi %v989, %v990 : i64
            %v992 = arith.muli %v18, %v1 : i64
            %v993 = arith.addi %v991, %v992 : i64
            %v994 = llvm.getelementptr %out_m_out[%v993] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v988, %v994 : f32, !llvm.ptr
          }
          %v995 = arith.subf %v305, %v988 fastmath<contract> : f32
          %v996 = arith.mulf %v995, %v341 fastmath<contract> : f32
          %v997 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v996) : (f32) -> f32
          scf.if %v15 {
            %v998 = arith.muli %v20, %v96 : i64
            %v999 = arith.muli %v957, %v95 : i64
            %v1000 = arith.addi %v998, %v999 : i64
            %v1001 = arith.muli %v18, %v1 : i64
            %v1002 = arith.addi %v1000, %v1001 : i64
            %v1003 = llvm.getelementptr %out_i_stab[%v1002] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v997, %v1003 : f32, !llvm.ptr
          }
          %v1004 = arith.addi %v38, %v91 : i64
          %v1005 = arith.negf %v313 : f32
          %v1006 = arith.maximumf %v1005, %v31 : f32
          %v1007 = llvm.call_intrinsic "llvm.fabs.f32"(%v1005) : (f32) -> f32
          %v1008 = arith.negf %v1007 : f32
          %v1009 = arith.mulf %v1008, %v341 fastmath<contract> : f32
          %v1010 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1009) : (f32) -> f32
          %v1011 = arith.addf %v344, %v1010 fastmath<contract> : f32
          %v1012 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1011) : (f32) -> f32
          %v1013 = arith.mulf %v1012, %v347 fastmath<contract> : f32
          %v1014 = arith.mulf %v349, %v1010 fastmath<contract> : f32
          %v1015 = arith.addf %v1014, %v351 fastmath<contract> : f32
          %v1016 = arith.mulf %v1015, %v1010 fastmath<contract> : f32
          %v1017 = arith.addf %v1016, %v354 fastmath<contract> : f32
          %v1018 = arith.mulf %v1017, %v1010 fastmath<contract> : f32
          %v1019 = arith.addf %v1018, %v357 fastmath<contract> : f32
          %v1020 = arith.mulf %v1019, %v1010 fastmath<contract> : f32
          %v1021 = arith.addf %v1020, %v360 fastmath<contract> : f32
          %v1022 = arith.mulf %v1021, %v1010 fastmath<contract> : f32
          %v1023 = arith.addf %v1022, %v363 fastmath<contract> : f32
          %v1024 = arith.mulf %v1023, %v1010 fastmath<contract> : f32
          %v1025 = arith.addf %v1024, %v344 fastmath<contract> : f32
          %v1026 = arith.mulf %v1025, %v1010 fastmath<contract> : f32
          %v1027 = llvm.call_intrinsic "llvm.fabs.f32"(%v1010) : (f32) -> f32
          %v1028 = arith.cmpf olt, %v1027, %v369 : f32
          %v1029 = arith.select %v1028, %v1026, %v1013 : f32
          %v1030 = arith.addf %v1006, %v1029 fastmath<contract> : f32
          %v1031 = arith.negf %v1030 : f32
          %v1032 = llvm.load %v4 : !llvm.ptr -> f32
          %v1033 = arith.addf %v1031, %v1032 fastmath<contract> : f32
          %v1034 = arith.maximumf %v1033, %v320 : f32
          llvm.store %v1034, %v4 : f32, !llvm.ptr
          %v1035 = llvm.load %v4 : !llvm.ptr -> f32
          scf.if %v15 {
            %v1036 = arith.muli %v20, %v96 : i64
            %v1037 = arith.muli %v1004, %v95 : i64
            %v1038 = arith.addi %v1036, %v1037 : i64
            %v1039 = arith.muli %v18, %v1 : i64
            %v1040 = arith.addi %v1038, %v1039 : i64
            %v1041 = llvm.getelementptr %out_m_out[%v1040] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1035, %v1041 : f32, !llvm.ptr
          }
          %v1042 = arith.subf %v320, %v1035 fastmath<contract> : f32
          %v1043 = arith.mulf %v1042, %v341 fastmath<contract> : f32
          %v1044 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1043) : (f32) -> f32
          scf.if %v15 {
            %v1045 = arith.muli %v20, %v96 : i64
            %v1046 = arith.muli %v1004, %v95 : i64
            %v1047 = arith.addi %v1045, %v1046 : i64
            %v1048 = arith.muli %v18, %v1 : i64
            %v1049 = arith.addi %v1047, %v1048 : i64
            %v1050 = llvm.getelementptr %out_i_stab[%v1049] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1044, %v1050 : f32, !llvm.ptr
          }
          %v1051 = arith.addi %v38, %v93 : i64
          %v1052 = arith.negf %v328 : f32
          %v1053 = arith.maximumf %v1052, %v31 : f32
          %v1054 = llvm.call_intrinsic "llvm.fabs.f32"(%v1052) : (f32) -> f32
          %v1055 = arith.negf %v1054 : f32
          %v1056 = arith.mulf %v1055, %v341 fastmath<contract> : f32
          %v1057 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1056) : (f32) -> f32
          %v1058 = arith.addf %v344, %v1057 fastmath<contract> : f32
          %v1059 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1058) : (f32) -> f32
          %v1060 = arith.mulf %v1059, %v347 fastmath<contract> : f32
          %v1061 = arith.mulf %v349, %v1057 fastmath<contract> : f32
          %v1062 = arith.addf %v1061, %v351 fastmath<contract> : f32
          %v1063 = arith.mulf %v1062, %v1057 fastmath<contract> : f32
          %v1064 = arith.addf %v1063, %v354 fastmath<contract> : f32
          %v1065 = arith.mulf %v1064, %v1057 fastmath<contract> : f32
          %v1066 = arith.addf %v1065, %v357 fastmath<contract> : f32
          %v1067 = arith.mulf %v1066, %v1057 fastmath<contract> : f32
          %v1068 = arith.addf %v1067, %v360 fastmath<contract> : f32
          %v1069 = arith.mulf %v1068, %v1057 fastmath<contract> : f32
          %v1070 = arith.addf %v1069, %v363 fastmath<contract> : f32
          %v1071 = arith.mulf %v1070, %v1057 fastmath<contract> : f32
          %v1072 = arith.addf %v1071, %v344 fastmath<contract> : f32
          %v1073 = arith.mulf %v1072, %v1057 fastmath<contract> : f32
          %v1074 = llvm.call_intrinsic "llvm.fabs.f32"(%v1057) : (f32) -> f32
          %v1075 = arith.cmpf olt, %v1074, %v369 : f32
          %v1076 = arith.select %v1075, %v1073, %v1060 : f32
          %v1077 = arith.addf %v1053, %v1076 fastmath<contract> : f32
          %v1078 = arith.negf %v1077 : f32
          %v1079 = llvm.load %v4 : !llvm.ptr -> f32
          %v1080 = arith.addf %v1078, %v1079 fastmath<contract> : f32
          %v1081 = arith.maximumf %v1080, %v335 : f32
          llvm.store %v1081, %v4 : f32, !llvm.ptr
          %v1082 = llvm.load %v4 : !llvm.ptr -> f32
          scf.if %v15 {
            %v1083 = arith.muli %v20, %v96 : i64
            %v1084 = arith.muli %v1051, %v95 : i64
            %v1085 = arith.addi %v1083, %v1084 : i64
            %v1086 = arith.muli %v18, %v1 : i64
            %v1087 = arith.addi %v1085, %v1086 : i64
            %v1088 = llvm.getelementptr %out_m_out[%v1087] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1082, %v1088 : f32, !llvm.ptr
          }
          %v1089 = arith.subf %v335, %v1082 fastmath<contract> : f32
          %v1090 = arith.mulf %v1089, %v341 fastmath<contract> : f32
          %v1091 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1090) : (f32) -> f32
          scf.if %v15 {
            %v1092 = arith.muli %v20, %v96 : i64
            %v1093 = arith.muli %v1051, %v95 : i64
            %v1094 = arith.addi %v1092, %v1093 : i64
            %v1095 = arith.muli %v18, %v1 : i64
            %v1096 = arith.addi %v1094, %v1095 : i64
            %v1097 = llvm.getelementptr %out_i_stab[%v1096] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1091, %v1097 : f32, !llvm.ptr
          }
        }
        %v1098 = arith.muli %v57, %v56 : i64
        %v1099 = arith.index_cast %v1098 : i64 to index
        %v1100 = arith.index_cast %v55 : i64 to index
        %v1101 = arith.index_cast %v1 : i64 to index
        scf.for %v1102 = %v1099 to %v1100 step %v1101 {
          %v1103 = arith.index_cast %v1102 : index to i64
          %v1104 = arith.addi %v38, %v1103 : i64
          %v1105 = arith.muli %v20, %v96 : i64
          %v1106 = arith.muli %v1104, %v95 : i64
          %v1107 = arith.addi %v1105, %v1106 : i64
          %v1108 = arith.muli %v18, %v1 : i64
          %v1109 = arith.addi %v1107, %v1108 : i64
          %v1110 = llvm.getelementptr %in_fg[%v1109] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1111 = llvm.load %v1110 : !llvm.ptr -> f32
          %v1112 = arith.negf %v1111 : f32
          %v1113 = arith.maximumf %v1112, %v31 : f32
          %v1114 = llvm.call_intrinsic "llvm.fabs.f32"(%v1112) : (f32) -> f32
          %v1115 = arith.negf %v1114 : f32
          %v1116 = arith.mulf %v1115, %v341 fastmath<contract> : f32
          %v1117 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1116) : (f32) -> f32
          %v1118 = arith.addf %v344, %v1117 fastmath<contract> : f32
          %v1119 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1118) : (f32) -> f32
          %v1120 = arith.mulf %v1119, %v347 fastmath<contract> : f32
          %v1121 = arith.mulf %v349, %v1117 fastmath<contract> : f32
          %v1122 = arith.addf %v1121, %v351 fastmath<contract> : f32
          %v1123 = arith.mulf %v1122, %v1117 fastmath<contract> : f32
          %v1124 = arith.addf %v1123, %v354 fastmath<contract> : f32
          %v1125 = arith.mulf %v1124, %v1117 fastmath<contract> : f32
          %v1126 = arith.addf %v1125, %v357 fastmath<contract> : f32
          %v1127 = arith.mulf %v1126, %v1117 fastmath<contract> : f32
          %v1128 = arith.addf %v1127, %v360 fastmath<contract> : f32
          %v1129 = arith.mulf %v1128, %v1117 fastmath<contract> : f32
          %v1130 = arith.addf %v1129, %v363 fastmath<contract> : f32
          %v1131 = arith.mulf %v1130, %v1117 fastmath<contract> : f32
          %v1132 = arith.addf %v1131, %v344 fastmath<contract> : f32
          %v1133 = arith.mulf %v1132, %v1117 fastmath<contract> : f32
          %v1134 = llvm.call_intrinsic "llvm.fabs.f32"(%v1117) : (f32) -> f32
          %v1135 = arith.cmpf olt, %v1134, %v369 : f32
          %v1136 = arith.select %v1135, %v1133, %v1120 : f32
          %v1137 = arith.addf %v1113, %v1136 fastmath<contract> : f32
          %v1138 = arith.negf %v1137 : f32
          %v1139 = arith.muli %v20, %v96 : i64
          %v1140 = arith.muli %v1104, %v95 : i64
          %v1141 = arith.addi %v1139, %v1140 : i64
          %v1142 = arith.muli %v18, %v1 : i64
          %v1143 = arith.addi %v1141, %v1142 : i64
          %v1144 = llvm.getelementptr %in_ig[%v1143] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1145 = llvm.load %v1144 : !llvm.ptr -> f32
          %v1146 = llvm.load %v4 : !llvm.ptr -> f32
          %v1147 = arith.addf %v1138, %v1146 fastmath<contract> : f32
          %v1148 = arith.maximumf %v1147, %v1145 : f32
          llvm.store %v1148, %v4 : f32, !llvm.ptr
          %v1149 = llvm.load %v4 : !llvm.ptr -> f32
          scf.if %v15 {
            %v1150 = arith.muli %v20, %v96 : i64
            %v1151 = arith.muli %v1104, %v95 : i64
            %v1152 = arith.addi %v1150, %v1151 : i64
            %v1153 = arith.muli %v18, %v1 : i64
            %v1154 = arith.addi %v1152, %v1153 : i64
            %v1155 = llvm.getelementptr %out_m_out[%v1154] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1149, %v1155 : f32, !llvm.ptr
          }
          %v1156 = arith.subf %v1145, %v1149 fastmath<contract> : f32
          %v1157 = arith.mulf %v1156, %v341 fastmath<contract> : f32
          %v1158 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1157) : (f32) -> f32
          scf.if %v15 {
            %v1159 = arith.muli %v20, %v96 : i64
            %v1160 = arith.muli %v1104, %v95 : i64
            %v1161 = arith.addi %v1159, %v1160 : i64
            %v1162 = arith.muli %v18, %v1 : i64
            %v1163 = arith.addi %v1161, %v1162 : i64
            %v1164 = llvm.getelementptr %out_i_stab[%v1163] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1158, %v1164 : f32, !llvm.ptr
          }
        }
      }
      %v1165 = llvm.load %v4 : !llvm.ptr -> f32
      scf.if %v15 {
        %v1166 = arith.muli %v20, %v22 : i64
        %v1167 = arith.muli %v18, %v1 : i64
        %v1168 = arith.addi %v1166, %v1167 : i64
        %v1169 = llvm.getelementptr %out_m_last[%v1168] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1165, %v1169 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
